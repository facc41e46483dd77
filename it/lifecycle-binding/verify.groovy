def log = new File(basedir, 'build.log').text
assert log.contains('twelvefactor-maven-plugin') && log.contains(':audit (default) @ lifecycle-binding')
assert log.contains('file-logging')
assert log =~ /twelvefactor: 1 finding at or above severity 'warning' \(0 errors, 1 warnings, 0 info\)/
return true
