def log = new File(basedir, 'build.log').text
assert log.contains("Unknown rule id 'hardcoded-secrets' in <rules>")
assert log.contains('Known rule ids:')
assert log =~ /Known rule ids: .*\bhardcoded-secret\b/
return true
