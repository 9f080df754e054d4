#!/usr/bin/env bash
# One command for the lunch-rush figures of docs/performance.md, all in one session on one box:
#   1. the plain-JDBC ceiling (JdbcCeilingProbe) at 16 and 64 connections,
#   2. canteen-service (mysql,demo profiles, the README's JVM flags) started on a fresh schema,
#   3. POST /api/orders at 16 and 64 kiosk clients and POST /api/kiosk/scan at 500/s (OrderRush),
#      then the oversell / double-charge / wallet-equals-ledger checks,
#   4. optionally a flight recording of the service under load (RUSH_JFR=1 -> target/order-rush.jfr).
# Loopback only; every loop is bounded in time. Usage (from the repository root):
#   canteen-service/src/benchmark/order-rush.sh
# Environment: RUSH_SCHEMA (canteen_bench, dropped and re-created), RUSH_DB_HOST/PORT/USER/PASSWORD
# (127.0.0.1/3306/root/empty), RUSH_PORT (18090), RUSH_JFR, RUSH_SKIP_BUILD (use the last build), RUSH_JAVA_OPTS (extra flags for the service),
# and the OrderRush/JdbcCeilingProbe system properties through RUSH_DRIVER_OPTS, e.g. -Drush.seconds=60.
set -euo pipefail
cd "$(dirname "$0")/../../.."

SCHEMA="${RUSH_SCHEMA:-canteen_bench}"
DB_HOST="${RUSH_DB_HOST:-127.0.0.1}"; DB_PORT="${RUSH_DB_PORT:-3306}"
DB_USER="${RUSH_DB_USER:-root}"; DB_PASSWORD="${RUSH_DB_PASSWORD:-}"
PORT="${RUSH_PORT:-18090}"
URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$SCHEMA?rewriteBatchedStatements=true"
OUT=canteen-service/target
mkdir -p "$OUT"

if [ -z "${RUSH_SKIP_BUILD:-}" ]; then
  echo "== building (tests skipped) and compiling the benchmark classes"
  ./mvnw -q -B -pl canteen-service -DskipTests -Dspotless.check.skip=true package
  ./mvnw -q -B -pl canteen-service -Pbenchmark -Dspotless.check.skip=true test-compile \
    dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
fi
CP="canteen-service/target/test-classes:canteen-service/target/classes:$(cat canteen-service/target/benchmark.classpath)"

mysql -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} \
  -e "DROP DATABASE IF EXISTS $SCHEMA; CREATE DATABASE $SCHEMA CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

echo "== plain-JDBC ceiling"
# shellcheck disable=SC2086
java ${RUSH_DRIVER_OPTS:-} -cp "$CP" cn.xingfu.canteen.benchmark.JdbcCeilingProbe "$URL" "$DB_USER" "$DB_PASSWORD" 16 64

echo "== starting canteen-service on :$PORT (schema $SCHEMA)"
# the flags the README gives for the service; RUSH_JAVA_OPTS adds or overrides
JVM_FLAGS="$(sed -n 's/^CANTEEN_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' config/run-demo.sh)"
JFR=()
if [ -n "${RUSH_JFR:-}" ]; then JFR=(-XX:StartFlightRecording=filename=$OUT/order-rush.jfr,settings=profile); fi
# shellcheck disable=SC2086
CANTEEN_DB_URL="$URL" CANTEEN_DB_USER="$DB_USER" CANTEEN_DB_PASSWORD="$DB_PASSWORD" XINGFU_DATA_DIR="$OUT/rush-data" \
  java $JVM_FLAGS ${RUSH_JAVA_OPTS:-} "${JFR[@]}" -jar canteen-service/target/canteen-service-*-exec.jar \
  --spring.profiles.active=mysql,demo --server.port="$PORT" --xingfu.menu.max-portions=1000000 \
  --xingfu.security.scans-per-minute=100000000 > "$OUT/order-rush-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fsS "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP && break
  kill -0 $SERVICE 2>/dev/null || { echo "service died; see $OUT/order-rush-service.log" >&2; exit 1; }
  sleep 1
done

echo "== load"
# shellcheck disable=SC2086
java -Drush.base="http://127.0.0.1:$PORT" -Drush.db.url="$URL" -Drush.db.user="$DB_USER" \
  -Drush.db.password="$DB_PASSWORD" ${RUSH_DRIVER_OPTS:-} -cp "$CP" cn.xingfu.canteen.benchmark.OrderRush
echo "== service RSS after the run: $(ps -o rss= -p $SERVICE | awk '{printf "%.0f MB", $1/1024}')"
