import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
['R00tComposeSecret', 'DeployT0kenValue9', 'AppModuleSecret1', 'LibModuleT0ken42'].each {
    assert !log.contains(it) : 'secret printed in clear'
}
def results = { String dir ->
    new JsonSlurper().parse(new File(basedir, dir + 'target/twelvefactor/twelvefactor.sarif')).runs[0].results
}
def root = results('')
def app = results('app/')
def lib = results('lib/')
def uris = { rs -> rs.collect { it.locations[0].physicalLocation.artifactLocation.uri } as Set }
// each module reports its own files, paths relative to the reactor root; nothing is reported twice
assert uris(root).contains('docker-compose.yml')
assert uris(root).contains('deploy/app.env')
assert uris(root).every { !it.startsWith('app/') && !it.startsWith('lib/') }
assert uris(app) == ['app/src/main/resources/application-prod.properties'] as Set
assert uris(lib) == ['lib/src/main/java/it/lib/Client.java'] as Set
assert app.any { it.ruleId == 'profile-specific-config' }
assert app.any { it.ruleId == 'hardcoded-secret' }
assert lib.any { it.ruleId == 'hardcoded-secret' }
assert root.any { it.ruleId == 'hardcoded-secret' && it.locations[0].physicalLocation.artifactLocation.uri == 'docker-compose.yml' }
def all = root + app + lib
def keys = all.collect { it.ruleId + '@' + it.locations[0].physicalLocation.artifactLocation.uri + ':' + it.locations[0].physicalLocation.region.startLine }
assert keys.size() == (keys as Set).size() : 'a finding was reported twice'
// -T 2 and a serial run give byte-identical SARIF in every module
['', 'app/', 'lib/'].each { dir ->
    def parallel = new File(basedir, dir + 'target/twelvefactor/twelvefactor.sarif').text
    def serial = new File(basedir, dir + 'target/tf-serial/twelvefactor.sarif').text
    assert parallel == serial : "SARIF of '${dir}' differs between -T 2 and a serial run"
}
return true
