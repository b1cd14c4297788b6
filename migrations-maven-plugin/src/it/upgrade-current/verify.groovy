import io.migrations.maven.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert ItDatabase.column(basedir, itServer, itUser, 'SELECT version_num FROM alembic_version') == ['bbb222']
assert log.contains('[INFO] bbb222 (head)\n')
assert log.contains('[INFO] Current revision(s) for postgresql://postgres@' + itServer + '/maven_it_upgrade_current:\n')
assert log.contains('[INFO] Rev: bbb222 (head)\n[INFO] Parent: aaa111\n')
assert !log.contains('pw-never-shown')
