def c = evaluate(new File(basedir, 'common.groovy'))
def log = c.logSince(basedir)
assert log.contains('BUILD SUCCESS')
// nothing changed but build.log (it lies in the project and grows with every build): every other
// file's results come from the cache, nothing is parsed, and the reports are the very same
def m = log =~ /twelvefactor: (\d+) files read, 0 parsed as Java, (\d+) from the cache \(cache read \d+ entries\)/
assert m.find() : 'no cache line'
assert (m.group(1) as int) - 1 == (m.group(2) as int)
def r = c.reports(basedir)
assert r.sarif == new File(basedir, 'target/cold.sarif').text
assert r.json == new File(basedir, 'target/cold.json').text
c.noSecret(log, basedir)
return true
