import io.migrations.maven.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert ItDatabase.column(basedir, itServer, itUser, 'SELECT version_num FROM alembic_version') == ['aaa111']
assert log.contains('[INFO] Pending: bbb222, Add a note to accounts\n[INFO] Database is at aaa111; revision heads are bbb222.\n')
assert log =~ /\[ERROR\] Failed to execute goal io\.migrations:migrations-maven-plugin:[^ ]+:check .*Database is at aaa111; revision heads are bbb222\. Run migrations:upgrade/
assert !log.contains('at io.migrations.')
ItDatabase.drop(basedir, itServer, itUser)
