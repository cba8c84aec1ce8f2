#!/usr/bin/env bash
# Benchmark of the annual figures (docs/PERFORMANCE.md, section "Cijfers"):
#   1. starts the application (target/toezicht.jar) on its own embedded PostgreSQL in a bench data
#      directory; when that directory is empty the demo generator fills it with N notifications first
#      (10,000,000 take 25-60 minutes: generate once, then reuse the directory),
#   2. runs CijfersBench: all tables of one year through the application, live and after the refresh of
#      the daily counts, next to the plain GROUP BY queries on the same rows, medians of several rounds,
#   3. stops the application.
#
# Usage: bench/cijfers.sh [--data DIR] [--meldingen N] [--jaar YYYY] [--rondes N] [--geen-build] [--zonder-live]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
DATA="$BENCH/target/cijfers/pg10m"
MELDINGEN=10000000
JAAR="$(date +%Y)"
RONDES=7
BUILD=true
LIVE=true
APP_PORT=18480
MGMT_PORT=18481
PG_PORT=55480

while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) DATA="$2"; shift ;;
    --meldingen) MELDINGEN="$2"; shift ;;
    --jaar) JAAR="$2"; shift ;;
    --rondes) RONDES="$2"; shift ;;
    --geen-build) BUILD=false ;;
    --zonder-live) LIVE=false ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "[cijfers-bench $(date -u +%H:%M:%S)] $*"; }
mkdir -p "$RESULTS" "$(dirname "$DATA")"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
APP_PID=""
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"
stop_app() { bench_stop "$APP_PID" "$DATA"; APP_PID=""; }
trap stop_app EXIT INT TERM

if $BUILD; then log "building the application and the bench"; fi
bench_bouw "$BUILD"

log "starting the application on $DATA (demo data generated only if it is empty: $MELDINGEN notifications)"
bench_start "$ROOT/target/toezicht.jar" 1g $APP_PORT $MGMT_PORT $PG_PORT "$DATA" "$BENCH/target/cijfers/bijlagen" \
  "$RESULTS/app-cijfers-$STAMP.log" \
  --toezicht.demo.aantal-meldingen="$MELDINGEN"
APP_PID=$STARTED_PID
bench_klaar "$APP_PID" $MGMT_PORT "$RESULTS/app-cijfers-$STAMP.log" 14400
log "ready after ${WAITED}s"

java -cp "$CP" -Dbasis="http://127.0.0.1:$APP_PORT" -Dbeheer="http://127.0.0.1:$MGMT_PORT" \
  -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" -Djaar="$JAAR" -Drondes="$RONDES" -Dlive="$LIVE" \
  nl.toezicht.bench.CijfersBench | tee "$RESULTS/cijfers-$STAMP.log"
log "done: $RESULTS/cijfers-$STAMP.log"
