import io.migrations.maven.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert ItDatabase.column(basedir, itServer, itUser, 'SELECT version_num FROM alembic_version') == ['ccc333']
assert ItDatabase.column(basedir, itServer, itUser,
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'accounts' ORDER BY ordinal_position") == ['id', 'name', 'note', 'email']
assert log.contains('[INFO] bbb222 -> ccc333 (head), Add an email to accounts\n')
ItDatabase.drop(basedir, itServer, itUser)
