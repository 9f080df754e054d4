#!/usr/bin/env bash
# Push figures of docs/performance.md: 10,000 idle kiosk connections held on one instance with a 1 GiB heap, then
# 1,000 kitchen displays / boards receiving every order update (PushFanout), with the service's heap after a GC and
# its RSS while everything is connected. Loopback only; every phase is bounded in time. Usage (repository root):
#   canteen-service/src/benchmark/push-fanout.sh
# Environment: PUSH_SCHEMA (canteen_push, dropped and re-created), PUSH_DB_HOST/PORT/USER/PASSWORD
# (127.0.0.1/3306/root/empty), PUSH_PORT (18091), PUSH_SKIP_BUILD, PUSH_JAR (the service's jar, default the one
# just built), PUSH_JVM_FLAGS (replace the README flags + -Xmx1g, e.g. to try another collector), PUSH_JAVA_OPTS (extra flags for the service, e.g. -Dxingfu.live.buffers.socket=8KB),
# PUSH_DRIVER_OPTS (PushFanout system properties, e.g. -Dpush.idle=2000 -Dpush.rate=50 -Dpush.histogram=true).
set -euo pipefail
cd "$(dirname "$0")/../../.."

SCHEMA="${PUSH_SCHEMA:-canteen_push}"
DB_HOST="${PUSH_DB_HOST:-127.0.0.1}"; DB_PORT="${PUSH_DB_PORT:-3306}"
DB_USER="${PUSH_DB_USER:-root}"; DB_PASSWORD="${PUSH_DB_PASSWORD:-}"
PORT="${PUSH_PORT:-18091}"
URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$SCHEMA?rewriteBatchedStatements=true"
OUT=canteen-service/target
mkdir -p "$OUT"

if [ -z "${PUSH_SKIP_BUILD:-}" ]; then
  echo "== building (tests skipped) and compiling the benchmark classes"
  ./mvnw -q -B -pl canteen-service -DskipTests -Dspotless.check.skip=true package
  ./mvnw -q -B -pl canteen-service -Pbenchmark -Dspotless.check.skip=true test-compile \
    dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath -Dmdep.includeScope=test
fi
CP="canteen-service/target/test-classes:canteen-service/target/classes:$(cat canteen-service/target/benchmark.classpath)"

mysql -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} \
  -e "DROP DATABASE IF EXISTS $SCHEMA; CREATE DATABASE $SCHEMA CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

echo "== starting canteen-service on :$PORT (schema $SCHEMA), README flags with -Xmx1g"
JVM_FLAGS="${PUSH_JVM_FLAGS:-$(sed -n 's/^CANTEEN_JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' config/run-demo.sh) -Xmx1g}"
# shellcheck disable=SC2086
CANTEEN_DB_URL="$URL" CANTEEN_DB_USER="$DB_USER" CANTEEN_DB_PASSWORD="$DB_PASSWORD" XINGFU_DATA_DIR="$OUT/push-data" \
  java $JVM_FLAGS ${PUSH_JAVA_OPTS:-} -jar ${PUSH_JAR:-canteen-service/target/canteen-service-*-exec.jar} \
  --spring.profiles.active=mysql,demo --server.port="$PORT" --xingfu.menu.max-portions=1000000 --xingfu.security.scans-per-minute=100000000 > "$OUT/push-service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  curl -fsS "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP && break
  kill -0 $SERVICE 2>/dev/null || { echo "service died; see $OUT/push-service.log" >&2; exit 1; }
  sleep 1
done
echo "== load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java -Xmx1g -Dpush.base="http://127.0.0.1:$PORT" -Dpush.servicePid=$SERVICE ${PUSH_DRIVER_OPTS:-} -cp "$CP" \
  cn.xingfu.canteen.benchmark.PushFanout
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
