io.migrations.maven.it.ItDatabase.create(basedir, itServer, itUser)
