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
assert !log.contains('[ERROR]')
assert log.contains('fixed: file-logging in ' + props)
assert log.contains('run mvn twelvefactor:baseline to refresh the baseline file')
assert log =~ /; 0 new, \d+ baselined, 1 fixed; 0 suppressed/
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twelvefactor/twelvefactor.json'))
assert json.summary.fixedBaselineEntries.size() == 1
assert json.summary.fixedBaselineEntries[0].startsWith('file-logging in ' + props)
return true
