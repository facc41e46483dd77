// Hostile files are made here, not committed: a binary file with a text name, and an XML file whose
// external entity points at a canary file that must never be read into any output.
def res = new File(basedir, 'src/main/resources')
def canary = new File(basedir, 'canary.txt')
canary.text = 'CANARY-' + 'c4n4ry-value'
new File(res, 'logback.xml').text = """<?xml version="1.0"?>
<!DOCTYPE configuration [ <!ENTITY xxe SYSTEM "${canary.toURI()}"> ]>
<configuration><property name="leak" value="&xxe;"/></configuration>
"""
def bytes = new byte[4096]
new Random(42).nextBytes(bytes)
bytes[10] = 0
new File(res, 'data.yml').bytes = bytes
return true
