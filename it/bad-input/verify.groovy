def log = new File(basedir, 'build.log').text
// the real violation beside the hostile files is still reported
assert log.contains('src/main/resources/application.properties:1')
assert log.contains('hardcoded-secret')
// each bad file is named once, with its reason
assert (log =~ /unparsable: src\/main\/resources\/application\.yml: YAML error at line \d+/).count == 1
assert (log =~ /skipped: src\/main\/resources\/data\.yml: binary content/).count == 1
assert (log =~ /src\/main\/resources\/logback\.xml: .*external entity/).count == 1
// the external entity was never resolved into any output
['build.log', 'target/twelvefactor/twelvefactor.sarif', 'target/twelvefactor/twelvefactor.json'].each {
    assert !new File(basedir, it).text.contains('c4n4ry-value') : "entity content in $it"
}
assert !log.contains('StillFound5ecret')
return true
