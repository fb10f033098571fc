#!/usr/bin/env bash
# Runs the portal with demo data on a local Payara Server 6 (installed from Maven Central into
# .server/), then waits: Ctrl-C stops the server. "./run.sh stop" stops a server left running.
set -euo pipefail
cd "$(dirname "$0")"

SERVER_HOME="$PWD/.server/payara6"
ASADMIN="$SERVER_HOME/bin/asadmin"
DOMAIN=domain1
DB_HOST="${PORTAL_DB_HOST:-localhost}"
DB_PORT="${PORTAL_DB_PORT:-5432}"
DB_NAME="${PORTAL_DB_NAME:-portal}"
DB_USER="${PORTAL_DB_USER:-postgres}"
HTTP_PORT=8080
URL="http://localhost:$HTTP_PORT/portail/"
GREENMAIL_VERSION=2.1.13
GREENMAIL_JAR="$PWD/.server/greenmail-standalone-$GREENMAIL_VERSION.jar"
MAIL_PID="$PWD/.server/mail.pid"
SMTP_PORT=2525
MAIL_WEB_PORT=8025

say() { printf '%s\n' "$*"; }
die() { printf 'Erreur : %s\n' "$*" >&2; exit 1; }

stop_mail() {
  if [ -f "$MAIL_PID" ]; then
    kill "$(cat "$MAIL_PID")" 2>/dev/null || true
    rm -f "$MAIL_PID"
  fi
}

stop_server() {
  if [ -x "$ASADMIN" ]; then
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
  fi
  stop_mail
  say "Portail arrêté."
}

if [ "${1:-}" = "stop" ]; then
  stop_server
  exit 0
fi

command -v java >/dev/null || die "Java 17 est introuvable : installez un JDK 17 (apt-get install openjdk-17-jdk)."
command -v pg_isready >/dev/null || die "les outils PostgreSQL manquent : apt-get install postgresql-client."
pg_isready -q -h "$DB_HOST" -p "$DB_PORT" \
  || die "PostgreSQL ne répond pas sur $DB_HOST:$DB_PORT — démarrez-le (pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start) ou réglez PORTAL_DB_HOST/PORTAL_DB_PORT."
if [ -z "$(psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -Atc "select 1 from pg_database where datname = '$DB_NAME'" 2>/dev/null)" ]; then
  psql -q -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -c "create database \"$DB_NAME\"" >/dev/null \
    || die "impossible de créer la base $DB_NAME avec l'utilisateur $DB_USER."
  say "Base de données $DB_NAME créée."
fi

say "Construction de l'application…"
./mvnw -B -q -DskipTests install -pl portal-ear -am

if [ ! -x "$ASADMIN" ]; then
  say "Installation de Payara Server depuis Maven Central…"
  ./mvnw -B -q -pl portal-ear -Pserver dependency:unpack@install-payara -Dserver.dir="$PWD/.server"
  chmod +x "$ASADMIN" "$SERVER_HOME"/glassfish/bin/*
fi

# A local mail catcher (GreenMail, from Maven Central) receives every e-mail the portal sends.
if [ ! -f "$GREENMAIL_JAR" ]; then
  ./mvnw -B -q dependency:copy -Dartifact="com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" \
    -DoutputDirectory="$PWD/.server"
fi
stop_mail
nohup java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$SMTP_PORT -Dgreenmail.auth.disabled \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$MAIL_WEB_PORT \
  -jar "$GREENMAIL_JAR" >"$PWD/.server/mail.log" 2>&1 &
echo $! >"$MAIL_PID"

# A server left running by a previous run is restarted, so it takes this run's settings.
"$ASADMIN" stop-domain "$DOMAIN" >/dev/null 2>&1 || true
# Flowable, EclipseLink and PrimeFaces together want more than Payara's default 512 MiB heap.
sed -i "s#<jvm-options>-Xmx512m</jvm-options>#<jvm-options>-Xmx1g</jvm-options>#" \
  "$SERVER_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
say "Démarrage du serveur…"
PORTAL_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" PORTAL_DB_USER="$DB_USER" PORTAL_DEMO_DATA=true \
  PORTAL_MAIL_HOST=127.0.0.1 PORTAL_MAIL_PORT=$SMTP_PORT PORTAL_PUBLIC_URL="${URL%/}" \
  "$ASADMIN" start-domain "$DOMAIN" >/dev/null
trap 'echo; stop_server; exit 0' INT TERM

say "Déploiement…"
"$ASADMIN" deploy --force=true --name portal portal-ear/target/portal.ear >/dev/null
for _ in $(seq 1 120); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "${URL}connexion.xhtml" || true)
  [ "$code" = "200" ] && break
  sleep 1
done
[ "$code" = "200" ] || die "le portail ne répond pas sur $URL (journal : $SERVER_HOME/glassfish/domains/$DOMAIN/logs/server.log)."

cat <<MSG

Portail Locataire démarré : $URL

Comptes de démonstration (mot de passe commun : Portail-Demo-2026)
  Locataires           martine.dupont@demo.fr (deux contrats), jean.martin@demo.fr, sophie.bernard@demo.fr
  Chargée de clientèle conseiller@demo.fr
  Gardiens             gardien@demo.fr (Les Tilleuls), gardien.montreuil@demo.fr, gardien.parc@demo.fr
  Gestion technique    technique@demo.fr
  Prestataire          prestataire@demo.fr (Plomberie Versaillaise)
  Conseillère sociale  social@demo.fr
  Analyste             analyste@demo.fr
  Administrateur       admin@demo.fr

Créer un compte : le signataire M. Karim PETIT (né le 04/07/1978, numéro TG TG10000111) n'en a
pas encore ; « Créer mon compte » sur la page de connexion.

E-mails envoyés par le portail (lien de confirmation, mot de passe oublié…) : boîte de réception
de chaque adresse sur http://localhost:$MAIL_WEB_PORT/api/user/ADRESSE/messages/INBOX
(par exemple : curl http://localhost:$MAIL_WEB_PORT/api/user/karim.petit@exemple.fr/messages/INBOX).

Journal du serveur : $SERVER_HOME/glassfish/domains/$DOMAIN/logs/server.log
Ctrl-C arrête le portail (ou, depuis un autre terminal : ./run.sh stop).
MSG

while true; do sleep 3600 & wait $!; done
