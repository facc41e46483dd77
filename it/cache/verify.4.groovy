def c = evaluate(new File(basedir, 'common.groovy'))
def log = c.logSince(basedir)
assert log.contains('BUILD SUCCESS')
// cache=false: every file checked, the cache neither read nor written
assert log =~ /twelvefactor: \d+ files read, \d+ parsed as Java\n/ || log =~ /twelvefactor: \d+ files read, \d+ parsed as Java\r?\n/
assert !log.contains('from the cache')
def cache = new File(basedir, 'target/twelvefactor/twelvefactor-cache.bin')
assert cache.bytes == new File(basedir, 'target/cache.after3').bytes : 'cache=false wrote the cache'
c.noSecret(log, basedir)
return true
