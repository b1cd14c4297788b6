def log = new File(basedir, 'build.log').text
assert log.contains('not-null-column-without-default')
assert log.contains('ccc333')
assert log =~ /\[ERROR\] Failed to execute goal io\.migrations:migrations-maven-plugin:[^ ]+:lint .*Lint found 1 finding\(s\), the worst ERROR/
assert !log.contains('at io.migrations.')
