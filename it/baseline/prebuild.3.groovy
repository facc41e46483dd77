// Ten new lines on top move every old finding down ten lines; one new secret at the end.
def f = new File(basedir, 'src/main/resources/application.properties')
def top = (1..10).collect { "app.setting${it}=value${it}" }
f.text = (top + f.text.readLines() + ['app.mail.password=An0therS3cret!']).join('\n') + '\n'
return true
