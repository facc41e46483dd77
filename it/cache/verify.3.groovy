def c = evaluate(new File(basedir, 'common.groovy'))
def log = c.logSince(basedir)
assert log.contains('BUILD SUCCESS')
assert log =~ /0 from the cache \(cache fails its checksum \(truncated or corrupt\): ignored and rewritten\)/
def results = new groovy.json.JsonSlurper().parseText(c.reports(basedir).sarif).runs[0].results
def lines = results.findAll { it.ruleId == 'hardcoded-secret' }.collect { it.locations[0].physicalLocation.region.startLine } as Set
assert lines == [3, 4] as Set : "the new secret on line 4 and the old on line 3: ${lines}"
c.noSecret(log, basedir)
def cache = new File(basedir, 'target/twelvefactor/twelvefactor-cache.bin')
new File(basedir, 'target/cache.after3').bytes = cache.bytes
return true
