// build.log holds every build of this project so far: look only at what came after the last check
def logFile = new File(basedir, 'build.log')
def all = logFile.text
def mark = new File(basedir, 'target/log.offset')
int from = mark.exists() ? (mark.text as int) : 0
if (from > all.length()) { from = 0 }
def log = all.substring(from)
mark.parentFile.mkdirs()
mark.text = String.valueOf(all.length())
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
