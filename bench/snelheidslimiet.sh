#!/usr/bin/env bash
# What a rate-limit check costs now that the buckets are in PostgreSQL (docs/PERFORMANCE.md, "Rate limits
# in PostgreSQL"):
#   1. starts the application (target/toezicht.jar) on its own embedded PostgreSQL in a fresh bench
#      directory, without demo data (Flyway makes public.snelheidslimiet_emmer),
#   2. runs SnelheidslimietBench: Bucket4j's PostgreSQL buckets against an in-memory bucket and a pooled
#      "select 1", a key per client and then one key for all, medians of several rounds,
#   3. stops the application.
#
# Usage: bench/snelheidslimiet.sh [--gebruikers N] [--duur SECONDEN] [--rondes N] [--geen-build]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
DATA="$BENCH/target/snelheidslimiet/pg"
GEBRUIKERS=8
DUUR=10
RONDES=3
BUILD=true
APP_PORT=18490
MGMT_PORT=18491
PG_PORT=55490

while [[ $# -gt 0 ]]; do
  case "$1" in
    --gebruikers) GEBRUIKERS="$2"; shift ;;
    --duur) DUUR="$2"; shift ;;
    --rondes) RONDES="$2"; shift ;;
    --geen-build) BUILD=false ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "[snelheidslimiet-bench $(date -u +%H:%M:%S)] $*"; }
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
  --toezicht.bijlagen.map="$BENCH/target/snelheidslimiet/bijlagen" \
  --spring.profiles.active=demo --toezicht.demo.genereren=false \
  >"$RESULTS/app-snelheidslimiet-$STAMP.log" 2>&1 &
APP_PID=$!
until curl -fsS "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $RESULTS/app-snelheidslimiet-$STAMP.log" >&2; exit 1; }
  sleep 2
done

for een in false true; do
  java -cp "$CP" -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" -Dgebruikers="$GEBRUIKERS" \
    -Dduur="$DUUR" -Drondes="$RONDES" -Deen-client=$een \
    nl.toezicht.bench.SnelheidslimietBench | tee -a "$RESULTS/snelheidslimiet-$STAMP.log"
done
log "done: $RESULTS/snelheidslimiet-$STAMP.log"
