def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def entries = { String dir ->
    def f = new File(basedir, dir + 'twelvefactor-baseline.json')
    assert f.isFile() : "no baseline file in '${dir}'"
    def text = f.text
    ['R00tComposeSecret', 'DeployT0kenValue9', 'AppModuleSecret1', 'LibModuleT0ken42'].each {
        assert !text.contains(it) : 'secret in ' + f
    }
    new groovy.json.JsonSlurper().parseText(text).entries
}
def root = entries('')
def app = entries('app/')
def lib = entries('lib/')
// each module's file holds its own findings and only those
assert !root.isEmpty() && root.every { !it.path.startsWith('app/') && !it.path.startsWith('lib/') }
assert !app.isEmpty() && app.every { it.path.startsWith('app/') }
assert !lib.isEmpty() && lib.every { it.path.startsWith('lib/') }
assert app.any { it.ruleId == 'hardcoded-secret' } && lib.any { it.ruleId == 'hardcoded-secret' }
return true
