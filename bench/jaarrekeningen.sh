#!/usr/bin/env bash
# The bulk process for annual accounts not deposited with 5,000 providers (issue 15, docs/PERFORMANCE.md,
# "Jaarrekeningen"): per run a fresh embedded PostgreSQL with a small demo data set, the application jar started
# with profile demo, then JaarrekeningBench: N providers registered in the reporting year, a deposit file with D of
# them, intentions -> orders under penalty (merged letters, PDF) -> L deposits later -> the rest forfeited and
# collection decisions; wall time per phase, letters per second, the application's peak heap and RSS, and the
# baseline of the same rows inserted by plain JDBC in the same run. Repeats --runs times and prints the medians.
#
# Usage: bench/jaarrekeningen.sh [--runs N] [--aantal N] [--gedeponeerd N] [--later N] [--heap 1g] [--geen-build]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
RUNS=3
AANTAL=5000
GEDEPONEERD=4000
LATER=400
HEAP=1g
BUILD=true
JAAR=$(( $(date +%Y) - 1 ))
APP_PORT=18180
MGMT_PORT=18181
PG_PORT=55540
DATA="$BENCH/target/pg-jaarrekeningen"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    --aantal) AANTAL="$2"; shift ;;
    --gedeponeerd) GEDEPONEERD="$2"; shift ;;
    --later) LATER="$2"; shift ;;
    --heap) HEAP="$2"; shift ;;
    --geen-build) BUILD=false ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "[jaarrekeningen $(date -u +%H:%M:%S)] $*"; }
mkdir -p "$RESULTS"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
OUT="$RESULTS/jaarrekeningen-$STAMP.log"
APP_PID=""
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"
stop_app() { bench_stop "$APP_PID" "$DATA"; APP_PID=""; }
trap stop_app EXIT INT TERM

if $BUILD; then log "building the application and the bench"; fi
bench_bouw "$BUILD"
# a copy, so a build in this checkout while the runs go on does not replace the jar under them
JAR="$BENCH/target/jaarrekeningen.jar"
cp "$ROOT/target/toezicht.jar" "$JAR"

for run in $(seq 1 "$RUNS"); do
  rm -rf "$DATA" "$BENCH/target/bijlagen-jaarrekeningen"
  LOGFILE="$RESULTS/app-jaarrekeningen-$STAMP-$run.log"
  log "run $run/$RUNS: starting the application (heap $HEAP, fresh database)"
  bench_start "$JAR" "$HEAP" $APP_PORT $MGMT_PORT $PG_PORT "$DATA" \
    "$BENCH/target/bijlagen-jaarrekeningen" "$LOGFILE" \
    --spring.thymeleaf.cache=true --toezicht.demo.aantal-meldingen=500 --toezicht.demo.aantal-zorgaanbieders=50 --toezicht.demo.seed=20260101 \
    --toezicht.snelheidslimiet.aan=false
  APP_PID=$STARTED_PID
  bench_klaar "$APP_PID" $MGMT_PORT "$LOGFILE" 1200
  log "ready after ${WAITED}s; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "$CP" -Dbasis="http://127.0.0.1:$APP_PORT" -Dbeheer="http://127.0.0.1:$MGMT_PORT" \
    -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" -Dpid="$APP_PID" -Djaar="$JAAR" -Daantal="$AANTAL" \
    -Dgedeponeerd="$GEDEPONEERD" -Dlater="$LATER" \
    nl.toezicht.bench.JaarrekeningBench | tee -a "$OUT"
  echo "load average after run $run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
  stop_app
done

log "medians of $RUNS runs ($OUT)"
grep '^RESULT' "$OUT" | python3 -c '
import statistics, sys
runs = [dict(kv.split("=", 1) for kv in line.split()[1:]) for line in sys.stdin]
for key in runs[0]:
    values = [float(r[key]) for r in runs]
    print(f"{key:32} median {statistics.median(values):10.2f}   runs " + " ".join(f"{v:.2f}" for v in values))
phases = ["voornemens", "lasten", "invordering"]
flow = statistics.median([sum(float(r[p + "_s"]) for p in phases) for r in runs])
basis = statistics.median([float(r["basis_s"]) for r in runs])
print(f"phases together: median {flow:.1f} s; baseline (same rows by JDBC) {basis:.2f} s; ratio {flow / basis:.0f}x")
' | tee -a "$OUT"
