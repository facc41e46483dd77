// only what came after the last check: build.log holds every build of this project so far
def log = evaluate(new File(basedir, 'common.groovy')).logSince(basedir)
def props = 'src/main/resources/application.properties'
def baseline = new File(basedir, 'twelvefactor-baseline.json')

assert log.contains('BUILD SUCCESS')
assert baseline.isFile()
def text = baseline.text
assert !text.contains('Sup3rS3cretValue') : 'secret in the baseline file'
assert !text.contains('"line"')
def lines = text.readLines()
def entries = lines.findAll { it.startsWith('    {"fingerprint":') }
assert entries.size() >= 3 : text
assert entries.any { it.contains('"ruleId":"hardcoded-secret"') && it.contains('Su******** (16 chars)') }
assert entries.any { it.contains('"ruleId":"file-logging"') }
assert entries == entries.sort(false) : 'entries sorted'
assert !new File(basedir, 'target/twelvefactor').exists() : 'the baseline goal writes only its file'
assert log =~ /baseline of \d+ findings written to .*twelvefactor-baseline.json/
new File(basedir, 'target/baseline-1.json').text = text
return true
