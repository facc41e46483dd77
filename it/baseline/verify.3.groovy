// only what came after the last check: build.log holds every build of this project so far
def log = evaluate(new File(basedir, 'common.groovy')).logSince(basedir)
def props = 'src/main/resources/application.properties'
def baseline = new File(basedir, 'twelvefactor-baseline.json')

assert log.contains('BUILD FAILURE')
def errors = log.readLines().findAll { it.startsWith('[ERROR]') && it.contains(props + ':') }
// the new secret, line 14, and nothing else: the old secret moved to line 12 is baselined
assert errors.size() == 1 : errors
assert errors[0].contains(props + ':14') && errors[0].contains('hardcoded-secret')
assert log.contains(props + ':12')
assert log =~ /hardcoded-secret  \[baselined\]/
assert log =~ /twelvefactor: 1 new finding at or above severity 'error'/
assert log =~ /; 1 new, \d+ baselined; 0 suppressed/
assert !log.contains('An0therS3cret!') && !log.contains('Sup3rS3cretValue')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twelvefactor/twelvefactor.sarif'))
def fresh = sarif.runs[0].results.findAll { it.baselineState == 'new' }
assert fresh.size() == 1
assert fresh[0].locations[0].physicalLocation.region.startLine == 14
assert baseline.text == new File(basedir, 'target/baseline-1.json').text
return true
