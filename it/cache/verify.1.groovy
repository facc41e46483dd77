def c = evaluate(new File(basedir, 'common.groovy'))
def log = c.logSince(basedir)
assert log.contains('BUILD SUCCESS')
assert log =~ /twelvefactor: \d+ files read, \d+ parsed as Java, 0 from the cache \(cache none yet\)/
assert new File(basedir, 'target/twelvefactor/twelvefactor-cache.bin').isFile()
def r = c.reports(basedir)
assert r.sarif.contains('"hardcoded-secret"') && r.sarif.contains('"system-exit"')
new File(basedir, 'target/cold.sarif').text = r.sarif
new File(basedir, 'target/cold.json').text = r.json
c.noSecret(log, basedir)
return true
