def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('twelvefactor: audit skipped')
assert !log.contains('hardcoded-secret')
assert !new File(basedir, 'target/twelvefactor').exists()
return true
