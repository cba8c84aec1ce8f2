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
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"
stop_app() { bench_stop "$APP_PID" "$DATA"; APP_PID=""; }
trap stop_app EXIT INT TERM

if $BUILD; then log "building the application and the bench"; fi
bench_bouw "$BUILD"

log "starting the application on $DATA (no demo data)"
bench_start "$ROOT/target/toezicht.jar" 512m $APP_PORT $MGMT_PORT $PG_PORT "$DATA" "$BENCH/target/webhooks/bijlagen" \
  "$RESULTS/app-webhooks-$STAMP.log" \
  --toezicht.demo.genereren=false \
  --toezicht.koppelingen.alleen-https=false --toezicht.koppelingen.interval=1s \
  --toezicht.koppelingen.per-ronde=100000
APP_PID=$STARTED_PID
bench_klaar "$APP_PID" $MGMT_PORT "$RESULTS/app-webhooks-$STAMP.log"

java -cp "$CP" -Dapp="http://127.0.0.1:$APP_PORT" -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" \
  -Daantal="$AANTAL" -Drondes="$RONDES" nl.toezicht.bench.WebhookBench | tee -a "$RESULTS/webhooks-$STAMP.log"
log "done: $RESULTS/webhooks-$STAMP.log"
