#!/usr/bin/env bash
# Builds the EAR, starts a Payara domain of its own (ports 32000-32099, database portal_bench,
# recreated), deploys the EAR with the benchmark's probes, measures, prints the table, writes it to
# bench/results/latest.txt and stops the server. The unit tests of the modules are not run here
# (./mvnw -B verify does). Extra arguments go to Maven, e.g. -Dbench.tasks=20000 or another port
# base: -Dit.portbase=33000 -Dit.admin.port=33048 -Dit.http.port=33080 -Dit.https.port=33081
# -Dit.smtp.port=33025 -Dit.db.name=portal_bench_2
set -euo pipefail
cd "$(dirname "$0")/.."
exec ./mvnw -B verify -Pbench -pl bench -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false "$@"
