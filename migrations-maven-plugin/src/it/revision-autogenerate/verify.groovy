import io.migrations.maven.it.ItDatabase

def folder = new File(basedir, 'src/main/resources/db/migrations')
def generated = folder.listFiles().findAll { it.name.startsWith('ccc333_') }
assert generated.size() == 1
def text = generated[0].text
assert text.contains('-- down_revision: bbb222\n')
assert text =~ /CREATE TABLE[^;]*orders/
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Generating ' + generated[0].canonicalPath + ' ...  done\n')
// After the upgrade, the revisions build the model: nothing more to write.
assert log.contains('[INFO] No changes in schema detected: the revisions build the model. Nothing written.\n')
assert log.contains('[INFO] The revisions build exactly the model.\n')
assert ItDatabase.column(basedir, itServer, itUser,
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position") == ['id', 'account_id', 'total']
ItDatabase.drop(basedir, itServer, itUser)
