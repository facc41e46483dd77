def log = new File(basedir, 'build.log').text
assert log.contains('src/main/resources/application.properties:3')
assert !log.contains('src/main/resources/application.properties:2')
assert log =~ /1 finding .*; 1 suppressed/
return true
