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

log "starting the application on $DATA (demo data generated only if it is empty: $MELDINGEN notifications)"
java -Xms1g -Xmx1g -jar "$ROOT/target/toezicht.jar" \
  --server.address=127.0.0.1 --server.port=$APP_PORT \
  --management.server.address=127.0.0.1 --management.server.port=$MGMT_PORT \
  --toezicht.embedded-postgres.data-directory="$DATA" --toezicht.embedded-postgres.port=$PG_PORT \
  --toezicht.bijlagen.map="$BENCH/target/cijfers/bijlagen" \
  --spring.profiles.active=demo --toezicht.demo.aantal-meldingen="$MELDINGEN" \
  >"$RESULTS/app-cijfers-$STAMP.log" 2>&1 &
APP_PID=$!
waited=0
until curl -fsS "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $RESULTS/app-cijfers-$STAMP.log" >&2; exit 1; }
  sleep 5; waited=$((waited + 5))
done
log "ready after ${waited}s"

java -cp "$CP" -Dbasis="http://127.0.0.1:$APP_PORT" -Dbeheer="http://127.0.0.1:$MGMT_PORT" \
  -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" -Djaar="$JAAR" -Drondes="$RONDES" -Dlive="$LIVE" \
  nl.toezicht.bench.CijfersBench | tee "$RESULTS/cijfers-$STAMP.log"
log "done: $RESULTS/cijfers-$STAMP.log"
