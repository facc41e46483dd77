// The audit of a tree full of hostile files (see prebuild.groovy) finishes, fails the build on the
// real hardcoded secrets only, names every bad file exactly once with its reason (console, SARIF
// and JSON alike), reads nothing outside the project, fetches nothing, and shows no secret in clear.
import groovy.json.JsonSlurper
import java.nio.file.Files
import java.util.regex.Pattern

def log = new File(basedir, 'build.log').getText('UTF-8')
def outDir = new File(basedir, 'target/twelvefactor')
def texts = [
    'build.log'         : log,
    'twelvefactor.sarif': new File(outDir, 'twelvefactor.sarif').getText('UTF-8'),
    'twelvefactor.json' : new File(outDir, 'twelvefactor.json').getText('UTF-8'),
    'index.html'        : new File(outDir, 'index.html').getText('UTF-8'),
]
def sarif = new JsonSlurper().parseText(texts['twelvefactor.sarif'])
def json = new JsonSlurper().parseText(texts['twelvefactor.json'])
def outside = new File(basedir.parentFile, basedir.name + '.outside')

// CI runs as root, and root reads a file whatever its mode: the unreadable file is only unreadable
// (and only asserted as skipped) when this user really cannot read it.
def unreadable = new File(basedir, 'src/main/resources/unreadable.properties')
boolean cannotRead
try {
    unreadable.text
    cannotRead = false
} catch (IOException e) {
    cannotRead = true
}
println "hostile-files: user ${System.getProperty('user.name')}, unreadable file ${cannotRead ? 'is' : 'is NOT'} unreadable here"

// --- the build ran to its end and failed on the planted errors, nothing else ---
assert log.contains('BUILD FAILURE')
assert log.contains("twelvefactor: 7 findings at or above severity 'error' (7 errors, 3 warnings, 0 info)")
['internal error: ', 'OutOfMemoryError', 'StackOverflowError'].each { assert !log.contains(it) }
assert !json.fileIssues.any { it.kind == 'internal error' }
assert !sarif.runs[0].invocations[0].toolExecutionNotifications.any { it.descriptor.id == 'rule-internal-error' }

// --- every bad file is named once, with its reason, in every format ---
def R = 'src/main/resources/'
def expectedIssues = [
    'src/main/java/it/hostile/Broken.java': ['unparsable', /Java syntax error at line 4/],
    (R + 'binary.yml')                    : ['skipped', /binary content/],
    // 72 aliases pass snakeyaml's alias limit; the plugin's own node budget stops the expansion
    (R + 'bomb.yml')                      : ['unparsable', /YAML expands to more than \d+ nodes \(alias bomb\?\)/],
    (R + 'deep.yml')                      : ['unparsable', /YAML error: Nesting Depth exceeded max \d+/],
    (R + 'dtd-live.xml')                  : ['notice', /declares an external entity: not resolved, not fetched/],
    // an empty .xml has no root element: not well-formed XML
    (R + 'empty.xml')                     : ['unparsable', /XML error at line 1: Premature end of file\./],
    (R + 'huge.properties')               : ['skipped', /larger than 1024 KiB \(\d+ KiB\)/],
    (R + 'latin1.properties')             : ['notice', /not UTF-8: read as ISO-8859-1/],
    // internal entities are not expanded either (no DTD is read)
    (R + 'lolz.xml')                      : ['unparsable', /XML error at line \d+: The entity "\u2026" was referenced, but not declared\./],
    (R + 'xxe.xml')                       : ['unparsable', /XML error at line 3: declares an external entity, which is never resolved or fetched: .*/],
    (R + 'sub/loop')                      : ['skipped', /symbolic link loop \(to a folder above it\): not followed/],
    (R + 'outside')                       : ['skipped', /symbolic link out of the module's folder: not followed/],
    (R + 'leak.properties')               : ['skipped', /symbolic link out of the module's folder: not followed/],
]
if (cannotRead) {
    expectedIssues[R + 'unreadable.properties'] = ['skipped', /unreadable: AccessDeniedException/]
}
// read and audited like any other file: named nowhere
def fine = ['.env', 'Dockerfile.empty', 'pom.xml', 'src/main/java/it/hostile/Shutdown.java',
            'src/main/java/it/hostile/Empty.java'] +
        ['application.properties', 'logback.xml', 'utf16.yml', 'xinclude.xml', 'dtd-remote.xml', 'odd.properties',
         'longline.properties', 'empty.properties', 'empty.yml', 'empty.json', 'empty.env', 'empty.txt'].collect { R + it } +
        (cannotRead ? [] : [R + 'unreadable.properties'])

def consoleIssue = { String path ->
    (log =~ /(?m)^\[(?:WARNING|INFO)\] (skipped|unparsable|notice|internal error): ${Pattern.quote(path)}: (.*)$/)
            .collect { [it[1], it[2]] }
}
def sarifIssues = sarif.runs[0].invocations[0].toolExecutionNotifications
def sarifIssue = { String path ->
    sarifIssues.findAll { it.locations?.getAt(0)?.physicalLocation?.artifactLocation?.uri == path }
}
def jsonIssue = { String path -> json.fileIssues.findAll { it.path == path } }

expectedIssues.each { path, expected ->
    def (kind, reason) = expected
    def c = consoleIssue(path)
    assert c.size() == 1 : "console names $path ${c.size()} times: $c"
    assert c[0][0] == kind && c[0][1] ==~ reason : "console: $path: ${c[0]}"
    def s = sarifIssue(path)
    assert s.size() == 1 : "SARIF names $path ${s.size()} times"
    assert s[0].message.text.startsWith("$path: $kind: ") && s[0].message.text ==~ /.*: ${reason}\.?/ : s[0].message.text
    def j = jsonIssue(path)
    assert j.size() == 1 : "JSON names $path ${j.size()} times"
    assert j[0].kind == kind && j[0].reason ==~ reason : "JSON: $path: ${j[0]}"
}
fine.each { path ->
    assert consoleIssue(path).isEmpty() && sarifIssue(path).isEmpty() && jsonIssue(path).isEmpty() : "$path was named"
}
// nothing else was named: no stray issue from a link walked twice, or from a file outside
assert json.fileIssues.collect { it.path } as Set == expectedIssues.keySet()
assert sarifIssues.size() == expectedIssues.size()
int notices = expectedIssues.values().count { it[0] == 'notice' }
assert log.contains("; ${expectedIssues.size() - notices} files skipped or unparsable")

// --- the real violations, and the hostile files that are read like any other, are all reported ---
def expectedFindings = [
    // the three planted violations
    'hardcoded-secret@src/main/resources/application.properties:2',
    'file-logging@src/main/resources/logback.xml:2',
    'system-exit@src/main/java/it/hostile/Shutdown.java:5',
    // hostile but readable: each still audited
    'hardcoded-secret@.env:3',                                // a trailing backslash
    'committed-env-file@.env:1',
    'hardcoded-secret@src/main/resources/odd.properties:2',   // a unicode escape and an escaped = in the secret
    'hardcoded-secret@src/main/resources/latin1.properties:2',
    'hardcoded-secret@src/main/resources/utf16.yml:3',
    'hardcoded-secret@src/main/resources/longline.properties:2', // after a line of 1 MB
    'hardcoded-secret@src/main/resources/dtd-remote.xml:3',   // its external DTD ignored, its content audited
] as Set
def jsonFindings = json.findings.collect { "${it.ruleId}@${it.path}:${it.line}".toString() } as Set
def sarifFindings = sarif.runs[0].results.collect {
    def loc = it.locations[0].physicalLocation
    "${it.ruleId}@${loc.artifactLocation.uri}:${loc.region.startLine}".toString()
} as Set
// Exactly these: a finding in xinclude.xml would mean the XInclude was followed, one in
// leak.properties or outside/ that a link was followed out of the tree.
assert jsonFindings == expectedFindings
assert sarifFindings == expectedFindings
assert json.findings.size() == expectedFindings.size() && sarif.runs[0].results.size() == expectedFindings.size()
expectedFindings.each { f ->
    def (rule, place) = f.split('@')
    assert log =~ /(?m)^\[(ERROR|WARNING|INFO)\]   ${Pattern.quote(place)}(:\d+)?  \w+  ${rule}  / : "console lacks $f"
}
// every file of the tree read once: 7 at the root (build.log, invoker.properties, pom.xml, the two
// scripts, .env, Dockerfile.empty), 3 Java files, 20 resources; none through a link, none outside
assert json.summary.filesScanned == (cannotRead ? 29 : 30)

// --- nothing outside the tree was read or fetched, no secret shows in clear ---
assert !new File(outside, 'fetched.txt').exists() : 'a DTD or entity was fetched over HTTP'
def secrets = ['R3alPlantedPw', 'OddSecret=99', 'Odd\\u0053ecret', 'EnvT0kenSecret42', 'L\u00e4t1nS3cret', 'Utf16S3cretVal',
               'L0ngLineS3cret', 'HugeFileS3cret', 'OutsideLeakS3cret', 'DtdRemoteS3cret']
def canaries = ['c4n4ry', 'CANARY']
texts.each { name, text ->
    (secrets + canaries).each { assert !text.contains(it) : "'$it' in clear in $name" }
    // the outside folder is named by no output (reports show the link's own path)
    assert !text.contains(outside.name) : "the outside folder appears in $name"
}
return true
