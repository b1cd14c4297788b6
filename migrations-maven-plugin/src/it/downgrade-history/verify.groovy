import io.migrations.maven.it.ItDatabase

def log = new File(basedir, 'build.log').text
assert ItDatabase.column(basedir, itServer, itUser, 'SELECT version_num FROM alembic_version') == ['aaa111']
// history -i, then plain history: newest first, as the CLI prints them
assert log.contains('[INFO] aaa111 -> bbb222 (head), Add a note to accounts\n[INFO] <base> -> aaa111 (current), Create accounts\n')
assert log.contains('[INFO] aaa111 -> bbb222 (head), Add a note to accounts\n[INFO] <base> -> aaa111, Create accounts\n')
// The user and password came from the <server> of settings.xml, and the password never shows.
assert !log.contains('pw-from-settings')
ItDatabase.drop(basedir, itServer, itUser)
