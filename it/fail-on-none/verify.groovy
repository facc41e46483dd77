def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('hardcoded-secret')
assert log =~ /[1-9]\d* findings? \([1-9]\d* errors/
return true
