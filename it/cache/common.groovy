// The part of build.log written since the last check, and the SARIF and JSON (less its timing) of the
// last build. Loaded by every verify.N.groovy.
def logSince(File basedir) {
    def all = new File(basedir, 'build.log').text
    def mark = new File(basedir, 'target/log.offset')
    int from = mark.exists() ? (mark.text as int) : 0
    if (from > all.length()) { from = 0 }
    mark.parentFile.mkdirs()
    mark.text = String.valueOf(all.length())
    return all.substring(from)
}

def reports(File basedir) {
    def dir = new File(basedir, 'target/twelvefactor')
    [sarif: new File(dir, 'twelvefactor.sarif').text,
     json: new File(dir, 'twelvefactor.json').text.readLines().findAll { !it.contains('"millis"') }.join('\n')]
}

def noSecret(String log, File basedir) {
    ['CacheIt5ecretOne', 'CacheIt5ecretTwo'].each { s ->
        assert !log.contains(s) : 'secret in clear in the log'
        new File(basedir, 'target/twelvefactor').eachFile { f ->
            assert !new String(f.bytes, 'ISO-8859-1').contains(s) : "secret in clear in ${f.name}"
        }
    }
}

return this
