#!/usr/bin/env bash
# The webhook delivery rate (docs/PERFORMANCE.md, "Webhook delivery"):
#   1. starts the application (target/toezicht.jar) on its own embedded PostgreSQL in a fresh bench directory,
#      without demo data, with delivery tuned to drain the log in one run (interval 1 s, per-ronde 100000),
#   2. runs WebhookBench: per round a subscription to a receiver in the bench JVM, N events into the log at
#      once, delivery rate against N raw signed POSTs to the same receiver; medians of several rounds,
#   3. stops the application.
#
# Usage: bench/webhooks.sh [--aantal N] [--rondes N] [--geen-build]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
DATA="$BENCH/target/webhooks/pg"
AANTAL=2000
RONDES=3
BUILD=true
APP_PORT=18492
MGMT_PORT=18493
PG_PORT=55492

while [[ $# -gt 0 ]]; do
  case "$1" in
    --aantal) AANTAL="$2"; shift ;;
    --rondes) RONDES="$2"; shift ;;
    --geen-build) BUILD=false ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "[webhook-bench $(date -u +%H:%M:%S)] $*"; }
mkdir -p "$RESULTS"
rm -rf "$DATA"
mkdir -p "$(dirname "$DATA")"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
APP_PID=""

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
trap stop_app EXIT INT TERM

if $BUILD; then
  log "building the application and the bench"
  (cd "$ROOT" && "$ROOT/mvnw" -B -q -DskipTests package)
fi
"$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$BENCH/target/classpath.txt"
CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"

log "starting the application on $DATA (no demo data)"
java -Xms512m -Xmx512m -jar "$ROOT/target/toezicht.jar" \
  --server.address=127.0.0.1 --server.port=$APP_PORT \
  --management.server.address=127.0.0.1 --management.server.port=$MGMT_PORT \
  --toezicht.embedded-postgres.data-directory="$DATA" --toezicht.embedded-postgres.port=$PG_PORT \
  --toezicht.bijlagen.map="$BENCH/target/webhooks/bijlagen" \
  --spring.profiles.active=demo --toezicht.demo.genereren=false \
  --toezicht.koppelingen.alleen-https=false --toezicht.koppelingen.interval=1s \
  --toezicht.koppelingen.per-ronde=100000 \
  >"$RESULTS/app-webhooks-$STAMP.log" 2>&1 &
APP_PID=$!
until curl -fsS "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $RESULTS/app-webhooks-$STAMP.log" >&2; exit 1; }
  sleep 2
done

java -cp "$CP" -Dapp="http://127.0.0.1:$APP_PORT" -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" \
  -Daantal="$AANTAL" -Drondes="$RONDES" nl.toezicht.bench.WebhookBench | tee -a "$RESULTS/webhooks-$STAMP.log"
log "done: $RESULTS/webhooks-$STAMP.log"
