def file = new File(basedir, 'src/main/resources/db/migrations/ccc333_create_orders.sql')
assert file.isFile()
def text = file.text
assert text.contains('-- revision: ccc333\n-- down_revision: bbb222\n-- message: Create orders\n')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Generating ' + file.canonicalPath + ' ...  done\n')
assert log.contains('[INFO] bbb222 -> ccc333 (head), Create orders\n')
assert log.contains('[INFO] ALTER TABLE accounts ADD COLUMN note text;')
