def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('src/main/resources/application.properties:2')
assert log.contains('hardcoded-secret')
assert log =~ /twelvefactor: \d+ findings? at or above severity 'error'/
assert !log.contains('Sup3rS3cretValue') : 'secret printed in clear'
def sarifFile = new File(basedir, 'target/twelvefactor/twelvefactor.sarif')
assert !sarifFile.text.contains('Sup3rS3cretValue')
assert !new File(basedir, 'target/twelvefactor/twelvefactor.json').text.contains('Sup3rS3cretValue')
def sarif = new groovy.json.JsonSlurper().parse(sarifFile)
def hit = sarif.runs[0].results.find { it.ruleId == 'hardcoded-secret' }
assert hit != null
assert hit.level == 'error'
assert hit.locations[0].physicalLocation.artifactLocation.uri == 'src/main/resources/application.properties'
assert hit.locations[0].physicalLocation.region.startLine == 2
return true
