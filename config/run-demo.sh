#!/usr/bin/env bash
# Runs Xingfu on the embedded H2 database with the Jiangjin demo data: builds the services, starts
# them, waits until they are healthy and prints the URLs and demo logins. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA_DIR="${XINGFU_DATA_DIR:-$PWD/data}"
CANTEEN_PORT="${CANTEEN_PORT:-8080}"
CARE_PORT="${CARE_PORT:-8081}"
mkdir -p "$DATA_DIR"

echo "Building (tests skipped; run them with ./mvnw verify) ..."
./mvnw -q -B -DskipTests -Dspotless.check.skip=true package

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

# JVM flags of both services (README, "JVM flags"): the serial collector and a heap that starts small and gives
# memory back keep a service under 400 MB RSS after start on a 2-core box. CANTEEN_JAVA_OPTS / CARE_JAVA_OPTS
# replace them (the lunch-rush benchmark reads the canteen line below).
CANTEEN_JAVA_OPTS_DEFAULT="-XX:+UseSerialGC -Xms64m -Xmx512m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m -Xss512k"
CARE_JAVA_OPTS_DEFAULT="$CANTEEN_JAVA_OPTS_DEFAULT"

start() { # name jar port flags
  local name=$1 jar=$2 port=$3 flags=$4
  # shellcheck disable=SC2086
  XINGFU_DATA_DIR="$DATA_DIR" XINGFU_CARE_URL="http://localhost:$CARE_PORT" \
    XINGFU_CANTEEN_URL="http://localhost:$CANTEEN_PORT" java $flags -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
    > "$DATA_DIR/$name.log" 2>&1 &
  pids+=($!)
}
wait_healthy() { # name port
  local name=$1 port=$2
  for _ in $(seq 1 600); do
    if curl -fsS "http://localhost:$port/actuator/health" 2>/dev/null | grep -q UP; then return 0; fi
    sleep 1
  done
  echo "$name did not become healthy; see $DATA_DIR/$name.log" >&2
  exit 1
}

start canteen-service canteen-service/target/canteen-service-*-exec.jar "$CANTEEN_PORT" \
  "${CANTEEN_JAVA_OPTS:-$CANTEEN_JAVA_OPTS_DEFAULT}"
if ls care-facility-service/target/care-facility-service-*-exec.jar >/dev/null 2>&1; then
  start care-facility-service care-facility-service/target/care-facility-service-*-exec.jar "$CARE_PORT" \
    "${CARE_JAVA_OPTS:-$CARE_JAVA_OPTS_DEFAULT}"
fi
echo "Starting services (logs in $DATA_DIR) ..."
wait_healthy canteen-service "$CANTEEN_PORT"
[ ${#pids[@]} -gt 1 ] && wait_healthy care-facility-service "$CARE_PORT"

cat <<TXT

Xingfu is running on the embedded H2 database with the Jiangjin demo data.

  Canteen service       http://localhost:$CANTEEN_PORT
    API docs (Swagger)  http://localhost:$CANTEEN_PORT/swagger-ui.html
    Kitchen display     http://localhost:$CANTEEN_PORT/kitchen.html
    Pickup board        http://localhost:$CANTEEN_PORT/board.html
    Volunteer phone     http://localhost:$CANTEEN_PORT/volunteer.html
    Welfare alerts      http://localhost:$CANTEEN_PORT/alerts.html
    Delivery planner    http://localhost:$CANTEEN_PORT/planner.html
    Volunteer registry  http://localhost:$CANTEEN_PORT/volunteers.html
    Kitchen count       http://localhost:$CANTEEN_PORT/kitchen-count.html
    Standing orders     http://localhost:$CANTEEN_PORT/standing-orders.html
    Food safety         http://localhost:$CANTEEN_PORT/food-safety.html
    District figures    http://localhost:$CANTEEN_PORT/district-figures.html   (admin)
  Care-facility service http://localhost:$CARE_PORT
    Care dashboard      http://localhost:$CARE_PORT/dashboard.html
    API docs (Swagger)  http://localhost:$CARE_PORT/swagger-ui.html

Demo logins (user / password), demo data only:
  district admin        admin / admin123     (canteen and care-facility services)
  canteen manager       manager01 / manager123   (珞璜镇碑亭社区幸福食堂)
  canteen staff         staff01 / staff123
  kiosk device          kiosk01 / kiosk123
  volunteer             volunteer01 / volunteer123
  care manager          caremanager / care123     (care-facility service)

Press Ctrl-C to stop.
TXT
wait -n "${pids[@]}"
