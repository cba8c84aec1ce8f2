#!/usr/bin/env bash
# The figures page as staff see it (GET /cijfers: the running year with two comparison years), with the memory
# of settled months (decision 0097) and without it (toezicht.cijfers.telgeheugen=false: every request counts
# three years again), alternating per round on the same data (docs/PERFORMANCE.md, "The figures page"):
#   1. builds the application and the bench project (unless --geen-build),
#   2. per round and mode: starts the application on --data (default bench/target/meng/pg-N, shared with
#      bench/meng.sh; generated with N demo notifications, seed 20260101, when empty), logs in as an inspector,
#      requests the page 3 times unmeasured, then --verzoeken times one after another, timed by curl; stops it,
#   3. prints the medians per mode and round, the median over all rounds, and the ratio.
#
# Usage: bench/cijferpagina.sh [--data DIR] [--meldingen N] [--rondes N] [--verzoeken N] [--geen-build]
#                              [--poort P] [--pg-poort P]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
MELDINGEN=1000000
DATA=""
RONDES=3
VERZOEKEN=20
BUILD=true
POORT=18590
PG_POORT=55590

while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) DATA="$2"; shift ;;
    --meldingen) MELDINGEN="$2"; shift ;;
    --rondes) RONDES="$2"; shift ;;
    --verzoeken) VERZOEKEN="$2"; shift ;;
    --geen-build) BUILD=false ;;
    --poort) POORT="$2"; shift ;;
    --pg-poort) PG_POORT="$2"; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
DATA="${DATA:-$BENCH/target/meng/pg-$MELDINGEN}"
APP=$POORT; MGMT=$((POORT + 1))

log() { echo "[cijferpagina $(date -u +%H:%M:%S)] $*" >&2; }
mkdir -p "$RESULTS" "$(dirname "$DATA")"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
UITVOER="$RESULTS/cijferpagina-$STAMP.md"
APP_PID=""
KOEKJES="$(mktemp)"
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"
stop_app() { bench_stop "$APP_PID" "$DATA"; APP_PID=""; }
trap 'stop_app; rm -f "$KOEKJES"' EXIT INT TERM

if $BUILD; then log "building the application and the bench"; fi
bench_bouw "$BUILD"

median() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.0f}" if v else "-")' "$@"; }

# meet MODE: one round in one mode; prints the times (ms) of the measured requests
meet() {
  local mode="$1" logfile="$RESULTS/app-cijferpagina-$1-$STAMP.log"
  bench_start "$ROOT/target/toezicht.jar" 1g $APP $MGMT $PG_POORT "$DATA" "$BENCH/target/meng/bijlagen" "$logfile" \
    --spring.thymeleaf.cache=true --toezicht.snelheidslimiet.aan=false \
    --toezicht.demo.aantal-meldingen="$MELDINGEN" --toezicht.demo.seed=20260101 \
    --toezicht.cijfers.telgeheugen="$([[ $mode == met ]] && echo true || echo false)"
  APP_PID=$STARTED_PID
  bench_klaar "$APP_PID" $MGMT "$logfile" 14400
  rm -f "$KOEKJES"
  local csrf
  csrf="$(curl -fsS -c "$KOEKJES" -b "$KOEKJES" "http://127.0.0.1:$APP/inloggen" \
    | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/')"
  curl -fsS -o /dev/null -c "$KOEKJES" -b "$KOEKJES" -X POST "http://127.0.0.1:$APP/inloggen" \
    --data-urlencode username=inspecteur --data-urlencode password=Toezicht-demo-2026 --data-urlencode "_csrf=$csrf"
  for _ in 1 2 3; do
    curl -fsS -o /dev/null -b "$KOEKJES" "http://127.0.0.1:$APP/cijfers"
  done
  for _ in $(seq 1 "$VERZOEKEN"); do
    curl -fsS -o /dev/null -b "$KOEKJES" -w '%{time_total}\n' "http://127.0.0.1:$APP/cijfers" \
      | python3 -c 'import sys; print(round(float(sys.stdin.read()) * 1000))'
  done
  stop_app
}

MET_ALLE=()
ZONDER_ALLE=()
{
  echo "# The figures page, $STAMP"
  echo
  echo "Data: $DATA. $RONDES rounds, each mode $VERZOEKEN requests one after another after 3 unmeasured, one"
  echo "client. Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg); cores: $(nproc)."
  echo
  echo "| round | with memory: p50 ms | without: p50 ms | with / without |"
  echo "|---|---|---|---|"
} | tee "$UITVOER"
for r in $(seq 1 "$RONDES"); do
  log "round $r: without the memory"
  mapfile -t ZONDER < <(meet zonder)
  log "round $r: with the memory"
  mapfile -t MET < <(meet met)
  MET_ALLE+=("${MET[@]}")
  ZONDER_ALLE+=("${ZONDER[@]}")
  m="$(median "${MET[@]}")"; z="$(median "${ZONDER[@]}")"
  echo "| $r | $m | $z | $(python3 -c "print(f'{$m / $z:.2f}')") |" | tee -a "$UITVOER"
done
m="$(median "${MET_ALLE[@]}")"; z="$(median "${ZONDER_ALLE[@]}")"
echo "| all | **$m** | **$z** | **$(python3 -c "print(f'{$m / $z:.2f}')")** |" | tee -a "$UITVOER"
echo | tee -a "$UITVOER"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)." | tee -a "$UITVOER"
log "done: $UITVOER"
