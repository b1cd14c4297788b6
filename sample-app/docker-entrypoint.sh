#!/bin/sh
# Migrates, then starts the app: a failed migration stops the container with the migrate step's non-zero exit code,
# so the app never serves on a schema its code does not expect. Arguments are passed to the app.
#
#   MIGRATE_ON_START=false  skip the migrate step, when a pre-deploy command (render.yaml) or a Job already ran it
#   MIGRATIONS_MODE         what the app does with migrations at startup; default here: validate (check, change nothing)
#   APP_JAR                 the application jar, /app/app.jar in the image
set -eu
APP_JAR="${APP_JAR:-/app/app.jar}"

if [ -z "${DATABASE_URL:-}" ] && [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
    # No database given: the in-memory H2 database lives inside the app's process, so only the app can migrate it.
    echo "No DATABASE_URL: starting on the in-memory H2 database, migrated at startup" >&2
    exec java -jar "$APP_JAR" "$@"
fi

if [ "${MIGRATE_ON_START:-true}" = "true" ]; then
    java -jar "$APP_JAR" --spring.profiles.active=migrate
fi

# The schema is at the heads by now; replicas only check that, they do not race to migrate.
export MIGRATIONS_MODE="${MIGRATIONS_MODE:-validate}"
exec java -jar "$APP_JAR" "$@"
