// build.log holds every build of this project so far: the part written since the last check.
// Loaded by every verify.N.groovy.
def logSince(File basedir) {
    def all = new File(basedir, 'build.log').text
    def mark = new File(basedir, 'target/log.offset')
    int from = mark.exists() ? (mark.text as int) : 0
    if (from > all.length()) { from = 0 }
    mark.parentFile.mkdirs()
    mark.text = String.valueOf(all.length())
    return all.substring(from)
}

return this
