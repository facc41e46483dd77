// only what came after the last check: build.log holds every build of this project so far
def log = evaluate(new File(basedir, 'common.groovy')).logSince(basedir)
def props = 'src/main/resources/application.properties'
def baseline = new File(basedir, 'twelvefactor-baseline.json')

assert log.contains('BUILD SUCCESS')
assert log.contains('[baselined]')
assert log =~ /findings .*; 0 new, \d+ baselined; 0 suppressed/
assert !log.contains('[ERROR]')
assert !log.contains('Sup3rS3cretValue')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twelvefactor/twelvefactor.sarif'))
def results = sarif.runs[0].results
assert !results.isEmpty()
assert results.every { it.baselineState == 'unchanged' }
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twelvefactor/twelvefactor.json'))
assert json.findings.every { it.baselined == true }
assert json.summary.new == 0
assert !json.findings.any { it.path.endsWith('twelvefactor-baseline.json') } : 'the baseline file is not audited'
assert baseline.text == new File(basedir, 'target/baseline-1.json').text : 'audit must not touch the baseline'
return true
