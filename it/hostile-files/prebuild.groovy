// Makes the hostile files at build time: nothing binary, huge, linked or unreadable is committed.
// The three real violations (application.properties, logback.xml, Shutdown.java) are committed
// beside them. verify.groovy knows every file made here by the same names.
import java.nio.charset.Charset
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions

Path base = basedir.toPath()
Path res = base.resolve('src/main/resources')
Path java = base.resolve('src/main/java/it/hostile')
// Outside the project, beside it: what the links and the XML tricks point at. Nothing here may
// be read into any report.
Path outside = base.resolveSibling(base.fileName.toString() + '.outside')

// A rerun without `mvn clean` finds last run's files: an unreadable file cannot be rewritten by a
// non-root user, and a link cannot be created twice.
def unreadable = res.resolve('unreadable.properties')
if (Files.exists(unreadable, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
    unreadable.toFile().setReadable(true)
}
['sub/loop', 'outside', 'leak.properties'].each { Files.deleteIfExists(res.resolve(it)) }
Files.createDirectories(res)
Files.createDirectories(java)
Files.createDirectories(outside)

def write = { Path p, String text, Charset cs = StandardCharsets.UTF_8 ->
    Files.createDirectories(p.parent)
    Files.write(p, text.getBytes(cs))
}

// --- outside the tree ---
write(outside.resolve('canary.txt'), 'CANARY-h0stile-c4n4ry\n')
write(outside.resolve('canary-appender.xml'),
        '<appender name="CANARY" class="ch.qos.logback.core.FileAppender"><file>/var/log/CANARY-xi-c4n4ry.log</file></appender>\n')
write(outside.resolve('leak.properties'), 'spring.datasource.password=OutsideLeakS3cret\n')
Files.deleteIfExists(outside.resolve('fetched.txt'))

// A listener that notes any connection: the DTD of dtd-live.xml points at it. Nothing may ever
// connect (DTDs are not read, external entities never fetched). It lives in the invoker's JVM,
// while the audited build runs in its own; it closes itself after five minutes.
def server = new ServerSocket(0, 50, InetAddress.getByName('127.0.0.1'))
server.soTimeout = 300_000
Thread.startDaemon('hostile-files-dtd-listener') {
    try {
        while (true) {
            def s = server.accept()
            Files.write(outside.resolve('fetched.txt'), 'fetched\n'.bytes, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND)
            s.close()
        }
    } catch (IOException ignored) {
        server.close()
    }
}
String live = "http://127.0.0.1:${server.localPort}"

// --- YAML ---
// billion laughs: 9 levels of 9 aliases (72 aliases, under snakeyaml's alias limit) expand to 9^9 nodes
def bomb = new StringBuilder('a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n')
('b'..'i').each { c ->
    def prev = (char) (((int) c.charAt(0)) - 1)
    bomb << "${c}: &${c} [" + (["*${prev}"] * 9).join(',') + ']\n'
}
write(res.resolve('bomb.yml'), bomb.toString())
write(res.resolve('deep.yml'), 'root: ' + '[' * 10_000 + ']' * 10_000 + '\n')
// binary content under a YAML name: random bytes with a NUL
byte[] noise = new byte[4096]
new Random(6).nextBytes(noise)
noise[7] = 0
Files.write(res.resolve('binary.yml'), noise)
// UTF-16 (little-endian, with its BOM): read like any other file
write(res.resolve('utf16.yml'), '\uFEFFspring:\n  datasource:\n    password: Utf16S3cretVal\n',
        StandardCharsets.UTF_16LE)

// --- XML ---
// an external entity to the canary, used in a value
write(res.resolve('xxe.xml'), """<?xml version="1.0"?>
<!DOCTYPE beans [ <!ENTITY xxe SYSTEM "${outside.resolve('canary.txt').toUri()}"> ]>
<beans><property name="password" value="&xxe;"/></beans>
""")
// XInclude of the canaries: a file-logging finding here would mean the include was followed
write(res.resolve('xinclude.xml'), """<?xml version="1.0"?>
<configuration xmlns:xi="http://www.w3.org/2001/XInclude">
  <xi:include href="${outside.resolve('canary-appender.xml').toUri()}"/>
  <xi:include href="${outside.resolve('canary.txt').toUri()}" parse="text"/>
  <root level="INFO"><appender-ref ref="CANARY"/></root>
</configuration>
""")
// an external DTD on a port where nothing listens: never fetched, and the file is audited as usual
write(res.resolve('dtd-remote.xml'), '''<?xml version="1.0"?>
<!DOCTYPE beans SYSTEM "http://127.0.0.1:9/x.dtd">
<beans><bean id="ds"><property name="password" value="DtdRemoteS3cret"/></bean></beans>
''')
// the same on a port where the listener above waits, plus a parameter entity: neither is fetched
write(res.resolve('dtd-live.xml'), """<?xml version="1.0"?>
<!DOCTYPE configuration SYSTEM "${live}/live.dtd" [ <!ENTITY % pe SYSTEM "${live}/pe.dtd"> %pe; ]>
<configuration><appender name="OUT" class="ch.qos.logback.core.ConsoleAppender"/></configuration>
""")
// internal entities that would expand to a billion: not expanded
def lol = new StringBuilder('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n')
(1..9).each { i -> lol << " <!ENTITY lol${i} \"" + ("&lol${i == 1 ? '' : i - 1};" * 10) + '">\n' }
lol << ']>\n<lolz>&lol9;</lolz>\n'
write(res.resolve('lolz.xml'), lol.toString())

// --- Java ---
// a rule that needs the parse (env-name-branching, for the deploy name) meets the syntax error; rules
// that read tokens only (system-exit) need no parse and name nothing here
write(java.resolve('Broken.java'), 'package it.hostile;\n\npublic class Broken {\n    void m( {\n        if ("prod".equals(System.getenv("APP_ENV"))) { }\n}\n')

// --- properties and .env with odd escapes ---
write(res.resolve('odd.properties'), '''bad.unicode=\\uZZZZ and \\u12
jdbc.password=Odd\\u0053ecret\\=99
trailing.backslash=ends here\\''')
write(base.resolve('.env'), '''GREETING="unterminated \\"quote
WINDOWS_DIR=C:\\new\\table\\
API_TOKEN=EnvT0kenSecret42\\''')
// Latin-1, not UTF-8: read as ISO-8859-1, with a notice
write(res.resolve('latin1.properties'), 'app.greeting=Gr\u00fc\u00dfe aus K\u00f6ln\ndb.password=L\u00e4t1nS3cret\n',
        StandardCharsets.ISO_8859_1)

// --- sizes ---
// over 1 MiB: skipped, never read (its secret cannot show anywhere)
def huge = new StringBuilder('huge.password=HugeFileS3cret\n')
while (huge.length() < 1_200_000) {
    huge << 'app.filler.' << huge.length() << '=' << ('y' * 80) << '\n'
}
write(res.resolve('huge.properties'), huge.toString())
// one line of 1 MB, the file under 1 MiB: read, and the secret on the next line is found
write(res.resolve('longline.properties'), 'app.banner=' + 'x' * 1_000_000 + '\nlong.password=L0ngLineS3cret\n')

// --- empty files of every kind ---
['empty.properties', 'empty.yml', 'empty.xml', 'empty.json', 'empty.env', 'empty.txt'].each {
    write(res.resolve(it), '')
}
write(java.resolve('Empty.java'), '')
write(base.resolve('Dockerfile.empty'), '')

// --- links ---
Files.createDirectories(res.resolve('sub'))
Files.createSymbolicLink(res.resolve('sub/loop'), Path.of('..'))          // a folder linking to its parent
Files.createSymbolicLink(res.resolve('outside'), outside)                    // a folder out of the tree
Files.createSymbolicLink(res.resolve('leak.properties'), outside.resolve('leak.properties')) // a file out of it

// --- unreadable (for a non-root user only: root reads a file whatever its mode) ---
write(unreadable, 'app.name=unreadable\n')
Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString('---------'))
return true
