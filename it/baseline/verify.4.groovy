// only what came after the last check: build.log holds every build of this project so far
def log = evaluate(new File(basedir, 'common.groovy')).logSince(basedir)
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
