import io.migrations.maven.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Pending: aaa111, Create accounts\n[INFO] Pending: bbb222, Add a note to accounts\n'
        + '[INFO] Database is at base; revision heads are bbb222.\n')
assert log =~ /\[ERROR\] Failed to execute goal io\.migrations:migrations-maven-plugin:[^ ]+:check .*Database is at base; revision heads are bbb222\. Run migrations:upgrade/
assert log.contains('[INFO] Database is up to date at bbb222.\n')
assert ItDatabase.column(basedir, itServer, itUser, 'SELECT version_num FROM alembic_version') == ['bbb222']
