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
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"
stop_app() { bench_stop "$APP_PID" "$DATA"; APP_PID=""; }
trap stop_app EXIT INT TERM

if $BUILD; then log "building the application and the bench"; fi
bench_bouw "$BUILD"

log "starting the application on $DATA (no demo data)"
bench_start "$ROOT/target/toezicht.jar" 512m $APP_PORT $MGMT_PORT $PG_PORT "$DATA" "$BENCH/target/snelheidslimiet/bijlagen" \
  "$RESULTS/app-snelheidslimiet-$STAMP.log" \
  --toezicht.demo.genereren=false
APP_PID=$STARTED_PID
bench_klaar "$APP_PID" $MGMT_PORT "$RESULTS/app-snelheidslimiet-$STAMP.log"

for een in false true; do
  java -cp "$CP" -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" -Dgebruikers="$GEBRUIKERS" \
    -Dduur="$DUUR" -Drondes="$RONDES" -Deen-client=$een \
    nl.toezicht.bench.SnelheidslimietBench | tee -a "$RESULTS/snelheidslimiet-$STAMP.log"
done
log "done: $RESULTS/snelheidslimiet-$STAMP.log"
