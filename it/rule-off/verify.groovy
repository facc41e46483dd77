def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('hardcoded-secret')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twelvefactor/twelvefactor.sarif'))
assert sarif.runs[0].results.every { it.ruleId != 'hardcoded-secret' }
return true
