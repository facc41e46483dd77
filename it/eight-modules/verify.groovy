// Three audits of the same reactor (-T 4, -T 4 again, serial; see invoker.properties) give
// byte-identical SARIF and JSON in every module, and each module reports its own findings and no
// other module's. Four modules hold a file at the same module path,
// src/main/resources/application.properties, with different content: state shared between
// parallel audits (a cache or parser keyed by module path, a static collection) would mix them.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
// one build.log for the three invocations
assert (log =~ /BUILD SUCCESS/).count == 3
assert (log =~ /Using the MultiThreadedBuilder implementation with a thread count of 4/).count == 2

def runs = ['twelvefactor', 'tf-parallel-again', 'tf-serial']
def modules = ['', 'props', 'yml', 'docker', 'java', 'logging', 'profiles', 'envfile', 'embedded-db', 'quiet']
def file = { String module, String run, String name ->
    new File(basedir, (module ? module + '/' : '') + 'target/' + run + '/' + name)
}

// --- byte-identical across the three runs ---
// The only timing field in the reports is JSON's summary.millis (the audit's wall time); SARIF
// carries none (no invocation start/end times). It alone is blanked before comparing.
def withoutTimings = { String json ->
    assert (json =~ /"millis"/).count == 1 : 'a timing field other than summary.millis appeared in the JSON'
    json.replaceFirst(/"millis" ?: ?\d+/, '"millis": 0')
}
modules.each { m ->
    def sarif = runs.collect { file(m, it, 'twelvefactor.sarif').getText('UTF-8') }
    def json = runs.collect { withoutTimings(file(m, it, 'twelvefactor.json').getText('UTF-8')) }
    runs.eachWithIndex { run, i ->
        assert sarif[i] == sarif[0] : "SARIF of '${m ?: 'root'}' differs between ${runs[0]} and $run"
        assert json[i] == json[0] : "JSON of '${m ?: 'root'}' differs between ${runs[0]} and $run"
        assert file(m, run, 'index.html').length() > 0
    }
}

// --- each module reports its own findings, in SARIF and JSON alike ---
def expected = [
    ''           : ['fixed-container-name@docker-compose.yml:4', 'fixed-host-port@docker-compose.yml:6',
                    'log-volume-mount@docker-compose.yml:8', 'hardcoded-secret@docker-compose.yml:10'],
    props        : ['hardcoded-port@props/src/main/resources/application.properties:1',
                    'hardcoded-backing-service@props/src/main/resources/application.properties:2',
                    'hardcoded-secret@props/src/main/resources/application.properties:3'],
    yml          : ['schema-auto-update@yml/src/main/resources/application.yml:4',
                    'startup-data-init@yml/src/main/resources/application.yml:7',
                    'hardcoded-backing-service@yml/src/main/resources/application.yml:10'],
    docker       : ['unpinned-base-image@docker/Dockerfile:1', 'baked-active-profile@docker/Dockerfile:2',
                    'shell-form-entrypoint@docker/Dockerfile:4'],
    java         : ['hardcoded-secret@java/src/main/java/it/eight/Client.java:4',
                    'system-exit@java/src/main/java/it/eight/Client.java:7',
                    'env-name-branching@java/src/main/java/it/eight/Client.java:11'],
    logging      : ['file-logging@logging/src/main/resources/logback.xml:2',
                    'log-shipping-in-app@logging/src/main/resources/logback.xml:6'],
    profiles     : ['profile-specific-config@profiles/src/main/resources/application-prod.properties:1',
                    'profile-config-section@profiles/src/main/resources/application.properties:1'],
    envfile      : ['committed-env-file@envfile/.env:1', 'hardcoded-secret@envfile/.env:2'],
    'embedded-db': ['embedded-database@embedded-db/src/main/resources/application.properties:1'],
    quiet        : [],
]
assert expected.keySet() == modules as Set
def slurper = new JsonSlurper()
modules.each { m ->
    def sarif = slurper.parse(file(m, 'twelvefactor', 'twelvefactor.sarif'))
    def json = slurper.parse(file(m, 'twelvefactor', 'twelvefactor.json'))
    def fromSarif = sarif.runs[0].results.collect {
        def loc = it.locations[0].physicalLocation
        "${it.ruleId}@${loc.artifactLocation.uri}:${loc.region.startLine}".toString()
    }
    def fromJson = json.findings.collect { "${it.ruleId}@${it.path}:${it.line}".toString() }
    assert fromSarif as Set == expected[m] as Set : "module '${m ?: 'root'}' reported $fromSarif"
    assert fromJson.sort() == fromSarif.sort()
    assert fromSarif.size() == (fromSarif as Set).size() : "a finding reported twice in '${m ?: 'root'}'"
    assert json.fileIssues.isEmpty() && sarif.runs[0].invocations[0].toolExecutionNotifications.isEmpty()
}

// --- no secret in clear anywhere ---
def secrets = ['C0mposeRootPw1', 'Pr0psModulePw', 'JavaModuleT0ken77', 'EnvFileModulePw9']
def outputs = [log] + modules.collectMany { m ->
    runs.collectMany { run -> ['twelvefactor.sarif', 'twelvefactor.json', 'index.html'].collect { file(m, run, it).getText('UTF-8') } }
}
secrets.each { s -> outputs.each { assert !it.contains(s) : "secret $s in clear" } }
return true
