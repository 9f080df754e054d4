#!/usr/bin/env bash
# Start time and memory of both services (docs/performance.md "Start time and memory"): each service is started
# with the README's JVM flags on MariaDB through the documented jdbc:mysql URL, first on an empty schema (Flyway
# migrates), then again on the migrated schema; optionally a third time from an AppCDS archive (START_CDS=1: Spring
# Boot's extracted layout and a training run, -XX:SharedArchiveFile). For each start it prints Spring's own
# "Started … in" time, the wall-clock time to a ready health probe, the RSS after start and the load average, so a
# figure taken on a busy box says so. Loopback only; every wait is bounded. Usage (repository root):
#   canteen-service/src/benchmark/start-time.sh
# Environment: START_DB_HOST/PORT/USER/PASSWORD (127.0.0.1/3306/root/empty), START_SCHEMA_PREFIX (start_), schemas
# <prefix>canteen and <prefix>care are dropped and re-created; START_PROFILES (mysql; mysql,demo adds the demo data),
# START_CDS, START_SKIP_BUILD, START_JAVA_OPTS (replace the README flags).
set -euo pipefail
cd "$(dirname "$0")/../../.."

DB_HOST="${START_DB_HOST:-127.0.0.1}"; DB_PORT="${START_DB_PORT:-3306}"
DB_USER="${START_DB_USER:-root}"; DB_PASSWORD="${START_DB_PASSWORD:-}"
PREFIX="${START_SCHEMA_PREFIX:-start_}"
PROFILES="${START_PROFILES:-mysql}"
FLAGS="${START_JAVA_OPTS:-$(sed -n 's/^CANTEEN_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' config/run-demo.sh)}"
OUT=canteen-service/target/start-time
mkdir -p "$OUT"

if [ -z "${START_SKIP_BUILD:-}" ]; then
  echo "== building both services (tests skipped)"
  ./mvnw -q -B -pl canteen-service,care-facility-service -DskipTests -Dspotless.check.skip=true package
fi

# without the demo profile both services refuse to start on public development keys: keys for this run only
XINGFU_CRYPTO_KEYS_BENCH="$(openssl rand -base64 32)"; XINGFU_CRYPTO_INDEX_KEY="$(openssl rand -base64 32)"
XINGFU_DATA_KEY="$(openssl rand -base64 32)"
export XINGFU_CRYPTO_KEYS_BENCH XINGFU_CRYPTO_INDEX_KEY XINGFU_CRYPTO_ACTIVE_KEY=bench XINGFU_DATA_KEY

sql() { mysql -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -e "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start <name> <jar or -cp spec> <db env prefix> <schema> <label> [extra JVM flags]
measure() {
  local name=$1 launch=$2 env=$3 schema=$4 label=$5 extra=${6:-}
  local port; port=$(free_port)
  local url="jdbc:mysql://$DB_HOST:$DB_PORT/$schema?rewriteBatchedStatements=true&useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC"
  local log="$OUT/$name-$label.log"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  env "${env}_DB_URL=$url" "${env}_DB_USER=$DB_USER" "${env}_DB_PASSWORD=$DB_PASSWORD" XINGFU_DATA_DIR="$OUT/data" \
    java $FLAGS $extra $launch --spring.profiles.active="$PROFILES" --server.port="$port" > "$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do
    curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP && break
    kill -0 $pid 2>/dev/null || { echo "$name died; see $log" >&2; return 1; }
    sleep 0.1
  done
  local t1; t1=$(date +%s%N)
  sleep 2 # what the JVM holds once started, not during the last class loading
  local rss; rss=$(ps -o rss= -p $pid | awk '{printf "%.0f", $1/1024}')
  local spring; spring=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds' || echo "?")
  kill $pid; wait $pid 2>/dev/null || true
  printf '%-22s %-18s Spring %-14s ready %6.1f s   RSS %5s MB   load average %s -> %s\n' \
    "$name" "$label" "$spring" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$rss" "$load" "$(cut -d' ' -f1 /proc/loadavg)"
}

for svc in canteen care; do
  if [ $svc = canteen ]; then name=canteen-service; env=CANTEEN; else name=care-facility-service; env=CARE; fi
  jar=$(ls $name/target/$name-*-exec.jar)
  schema="${PREFIX}$svc"
  sql "DROP DATABASE IF EXISTS $schema; CREATE DATABASE $schema CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  measure $name "-jar $jar" $env "$schema" "empty-schema"
  measure $name "-jar $jar" $env "$schema" "migrated-schema"
  if [ -n "${START_CDS:-}" ]; then
    # Spring Boot's CDS recipe: extract, one training run that stops after the context refreshed, then run from it
    rm -rf "$OUT/$svc-extracted"
    java -Djarmode=tools -jar "$jar" extract --destination "$OUT/$svc-extracted" > /dev/null
    app=$(ls "$OUT/$svc-extracted"/*.jar)
    url="jdbc:mysql://$DB_HOST:$DB_PORT/$schema?connectionTimeZone=UTC"
    # shellcheck disable=SC2086
    env "${env}_DB_URL=$url" "${env}_DB_USER=$DB_USER" "${env}_DB_PASSWORD=$DB_PASSWORD" XINGFU_DATA_DIR="$OUT/data" \
      java $FLAGS -XX:ArchiveClassesAtExit="$OUT/$svc.jsa" -Dspring.context.exit=onRefresh -jar "$app" \
      --spring.profiles.active="$PROFILES" --server.port=0 > "$OUT/$name-cds-training.log" 2>&1 || true
    measure $name "-jar $app" $env "$schema" "migrated+AppCDS" "-XX:SharedArchiveFile=$OUT/$svc.jsa"
  fi
done
