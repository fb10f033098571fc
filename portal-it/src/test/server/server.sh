#!/usr/bin/env bash
# Starts or stops the Payara domain the integration tests deploy to.
# The domain has its own ports (portbase IT_PORTBASE) and its own database (IT_DB_NAME),
# recreated empty at each start so every run begins from the migrations.
set -euo pipefail

: "${PAYARA_HOME:?PAYARA_HOME must point to the unpacked Payara}"
: "${IT_PORTBASE:=28000}"
: "${IT_ADMIN_PORT:=28048}"
: "${IT_DB_NAME:=portal_test}"
DOMAIN="portal-it-$IT_PORTBASE"
ASADMIN="$PAYARA_HOME/bin/asadmin"
DB_HOST="${PORTAL_DB_HOST:-localhost}"
DB_PORT="${PORTAL_DB_PORT:-5432}"
DB_USER="${PORTAL_DB_USER:-postgres}"

stop_domain() {
  if [ -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
    "$ASADMIN" stop-domain --kill=true "$DOMAIN" >/dev/null 2>&1 || true
  fi
}

case "${1:-}" in
  start)
    chmod +x "$ASADMIN" "$PAYARA_HOME"/glassfish/bin/* 2>/dev/null || true
    if ! pg_isready -q -h "$DB_HOST" -p "$DB_PORT"; then
      echo "PostgreSQL ne répond pas sur $DB_HOST:$DB_PORT — démarrez-le (pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start)." >&2
      exit 1
    fi
    stop_domain
    psql -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres \
      -c "DROP DATABASE IF EXISTS $IT_DB_NAME WITH (FORCE)" -c "CREATE DATABASE $IT_DB_NAME" >/dev/null
    # A fresh domain each run, like the database: a domain reused from an earlier run refused the
    # first deployment ("File source doesn't exist").
    rm -rf "$PAYARA_HOME/glassfish/domains/$DOMAIN"
    "$ASADMIN" --user admin create-domain --nopassword=true --portbase "$IT_PORTBASE" --checkports=false "$DOMAIN" >/dev/null
    # The test JVM's temporary directory (see the failsafe argLine), and the server's own one, per
    # checkout: suites run side by side never share a file there.
    mkdir -p "$PAYARA_HOME/../tmp" "$PAYARA_HOME/glassfish/domains/$DOMAIN/tmp"
    sed -i "s#<jvm-options>-server</jvm-options>#<jvm-options>-server</jvm-options><jvm-options>-Djava.io.tmpdir=$PAYARA_HOME/glassfish/domains/$DOMAIN/tmp</jvm-options>#" \
      "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
    # Every test class deploys the EAR anew; the default 512 MiB heap ran out after some sixty
    # deployments on CI (OutOfMemoryError while deploying). The machine has plenty of memory.
    sed -i "s#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx2g</jvm-options>#" \
      "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
    grep -q -- "-Xmx2g" "$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
    # The application reads its database URL from MicroProfile Config; the environment is one of its sources.
    # Every test client is 127.0.0.1: the per-address login throttling would slow the whole suite
    # down, so its thresholds are raised here (the per-login throttling keeps its real numbers).
    # The nightly insurance expiry scan is off: the tests start the job themselves (JobOperator).
    PORTAL_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$IT_DB_NAME" PORTAL_MAIL_PORT="${IT_SMTP_PORT:-28025}" \
      PORTAL_INSURANCE_EXPIRY_SCAN_ENABLED=false \
      PORTAL_LOGIN_ADDRESS_FREE_FAILURES=100000 PORTAL_LOGIN_ADDRESS_LOCK_FAILURES=200000 \
      "$ASADMIN" start-domain "$DOMAIN"
    ;;
  stop)
    stop_domain
    ;;
  *)
    echo "usage: server.sh start|stop" >&2
    exit 2
    ;;
esac
