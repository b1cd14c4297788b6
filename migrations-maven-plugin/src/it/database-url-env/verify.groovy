import io.migrations.maven.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert ItDatabase.column(basedir, itServer, itUser, 'SELECT version_num FROM alembic_version') == ['bbb222']
assert log.contains('[INFO] bbb222 (head)\n')
