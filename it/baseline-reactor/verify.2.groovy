def log = new File(basedir, 'build.log').text
def second = log.substring(log.lastIndexOf('Scanning for projects'))
assert second.contains('BUILD SUCCESS')
assert !second.contains('[ERROR]')
assert (second =~ /; 0 new, \d+ baselined; 0 suppressed/).size() == 3 : 'one summary per module, nothing new'
['', 'app/', 'lib/'].each { dir ->
    def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, dir + 'target/twelvefactor/twelvefactor.sarif'))
    assert !sarif.runs[0].results.isEmpty()
    assert sarif.runs[0].results.every { it.baselineState == 'unchanged' } : dir
}
return true
