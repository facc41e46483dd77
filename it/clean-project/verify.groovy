def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /0 findings \(0 errors, 0 warnings, 0 info\) in \d+ files scanned in \d+ ms/
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/twelvefactor/twelvefactor.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].results.isEmpty()
assert new File(basedir, 'target/twelvefactor/twelvefactor.json').isFile()
def html = new File(basedir, 'target/twelvefactor/index.html')
assert html.isFile()
assert html.text.contains('0 findings')
assert !(html.text =~ /<(script|link)[^>]+(src|href)=["']https?:/) : 'the HTML report must not load anything from the network'
return true
