// A damaged cache (one byte flipped) and a changed file: the cache must be discarded, the change seen.
def cache = new File(basedir, 'target/twelvefactor/twelvefactor-cache.bin')
byte[] b = cache.bytes
b[b.length.intdiv(2)] ^= 0x5A
cache.bytes = b
new File(basedir, 'src/main/resources/application.properties') << 'app.mail.password=CacheIt5ecretTwo\n'
return true
