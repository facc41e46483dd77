import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def results = { String dir ->
    new JsonSlurper().parse(new File(basedir, dir + 'target/twelvefactor/twelvefactor.sarif')).runs[0].results
}
def lineOf = { String file, String needle ->
    def lines = new File(basedir, file).readLines()
    lines.findIndexOf { it.contains(needle) } + 1
}
def brief = { r -> r.ruleId + ' ' + r.locations[0].physicalLocation.artifactLocation.uri + ':' +
        r.locations[0].physicalLocation.region.startLine }
def pomRules = ['snapshot-dependency', 'dynamic-version', 'system-scope-dependency', 'unpinned-plugin']
def root = results('').findAll { it.ruleId in pomRules }
def app = results('app/').findAll { it.ruleId in pomRules }
def lib = results('lib/').findAll { it.ruleId in pomRules }

// the managed snapshot is reported once, in the parent that writes it; the reactor's own
// snapshots (the project's version, the parent, the sibling lib) and the audit plugin are not findings
assert root.collect(brief) == ['snapshot-dependency pom.xml:' + lineOf('pom.xml', '2.0-SNAPSHOT')]
assert root[0].level == 'error'
assert root[0].message.text.contains('com.acme.ext:ext-lib:2.0-SNAPSHOT')
assert lib.isEmpty()

// lifecycle plugins take Maven's default (located in maven-core's default lifecycle bindings), the
// super POM gives maven-dependency-plugin a version: both unpinned. maven-resources-plugin (pinned by
// the parent) and maven-jar-plugin are not. (A plugin no pom and no default pins, such as
// exec-maven-plugin, makes Maven ask the remote repository for its newest release: left out here so
// that this project builds offline; EffectiveModelTest covers it.)
def unpinned = app.findAll { it.ruleId == 'unpinned-plugin' }
assert unpinned.collect(brief) as Set == [
        'unpinned-plugin app/pom.xml:' + lineOf('app/pom.xml', 'maven-compiler-plugin'),
        'unpinned-plugin app/pom.xml:' + lineOf('app/pom.xml', 'maven-dependency-plugin')] as Set
def compiler = unpinned.find { it.message.text.contains('maven-compiler-plugin') }.message.text
assert compiler ==~ /plugin org\.apache\.maven\.plugins:maven-compiler-plugin has no version: Maven [0-9.]+'s default [0-9.]+ applies\.?/
assert unpinned.find { it.message.text.contains('maven-dependency-plugin') }.message.text.contains("'s default ")
assert unpinned.every { it.level == 'warning' }
assert app.findAll { it.ruleId != 'unpinned-plugin' }.isEmpty() : app.collect(brief)

// a module whose parent is spring-boot-starter-parent: Boot pins its plugins; only @...@ is Maven's
def boot = results('boot-war/')
def bootRules = pomRules + ['environment-build-profile', 'build-time-config', 'external-servlet-container']
def bootBrief = boot.findAll { it.ruleId in bootRules }.collect(brief) as Set
assert bootBrief == [
        'external-servlet-container boot-war/pom.xml:' + lineOf('boot-war/pom.xml', '<packaging>war'),
        'external-servlet-container boot-war/pom.xml:' + lineOf('boot-war/pom.xml', '<scope>provided'),
        'environment-build-profile boot-war/pom.xml:' + lineOf('boot-war/pom.xml', '<id>prod'),
        'build-time-config boot-war/src/main/resources/application.properties:2'] as Set : bootBrief
println 'pom-rules: ' + (root + app + boot.findAll { it.ruleId in bootRules }).collect { brief(it) + ' ' + it.message.text }.join('\n')
return true
