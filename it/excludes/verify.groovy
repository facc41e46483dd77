// excludes given as a comma-separated property leave those files out entirely
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('src/main/resources/application.properties:1')
assert !log.contains('legacy/application.properties')
assert !log.contains('legacy-notes.properties')
assert log =~ /1 finding \(1 errors, 0 warnings, 0 info\)/
return true
