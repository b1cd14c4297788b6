import io.migrations.maven.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert ItDatabase.column(basedir, itServer, itUser, 'SELECT version_num FROM alembic_version') == ['bbb222']
assert log.contains('[INFO] Running upgrade  -> aaa111, Create accounts')
assert log.contains('[INFO] bbb222 (head)\n')
assert log =~ /\[INFO\] Current revision\(s\) for postgresql:\/\/[^ ]*maven_it_upgrade_current_from_environment:\n/
assert log.contains('[INFO] Rev: bbb222 (head)\n[INFO] Parent: aaa111\n')
assert log.contains('[INFO] Database is up to date at bbb222.\n')
assert !log.contains('pw-never-shown')
ItDatabase.drop(basedir, itServer, itUser)
