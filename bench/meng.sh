#!/usr/bin/env bash
# The mixed load of issue 16 in one command (docs/PERFORMANCE.md, "Mixed load"):
#   1. builds the application and the bench project (unless --geen-build),
#   2. starts instance 1 on its embedded PostgreSQL in --data (default bench/target/meng/pg-N); when that
#      directory is empty the demo generator fills it first with N notifications and their cases (seed 20260101;
#      1,000,000 take about 2 minutes on a quiet machine: generate once, then reuse the directory),
#   3. a saturated warm-up (--opwarmen seconds, not measured),
#   4. one instance, two load models (MengSimulation):
#        saturated: --gebruikers closed-loop clients (a quarter filing notifications), no think time: the
#                   capacity figure; its median is mostly queueing when the cores are saturated,
#        paced:     --medewerkers inspectors pausing --bedenktijd seconds (mean) between pages, and the public
#                   filing --meldingen-per-s notifications a second as open arrivals: latency at a stated load,
#   5. starts instance 2 against instance 1's PostgreSQL and runs both models again, clients spread over the two,
#   6. prints per run and request kind: n, errors, p50, p95, p99 (ms), also into bench/results/meng-STAMP.md.
#
# Usage: bench/meng.sh [--data DIR] [--meldingen N] [--duur S] [--opwarmen S] [--gebruikers N]
#                      [--medewerkers N] [--bedenktijd S] [--meldingen-per-s R] [--alleen-een] [--geen-build]
#                      [--poort P] [--pg-poort P]
# Ports: instance 1 on P (management P+1), instance 2 on P+2 (P+3); default P = 18580, PostgreSQL 55580.
# BENCH_APP_ARGS: more application arguments for both instances.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
MVNW="$ROOT/mvnw"
MELDINGEN=1000000
DATA=""
DUUR=180
OPWARMEN=60
GEBRUIKERS=16
MEDEWERKERS=48
BEDENKTIJD=5
MELDINGEN_PER_S=1
TWEE=true
BUILD=true
POORT=18580
PG_POORT=55580

while [[ $# -gt 0 ]]; do
  case "$1" in
    --data) DATA="$2"; shift ;;
    --meldingen) MELDINGEN="$2"; shift ;;
    --duur) DUUR="$2"; shift ;;
    --opwarmen) OPWARMEN="$2"; shift ;;
    --gebruikers) GEBRUIKERS="$2"; shift ;;
    --medewerkers) MEDEWERKERS="$2"; shift ;;
    --bedenktijd) BEDENKTIJD="$2"; shift ;;
    --meldingen-per-s) MELDINGEN_PER_S="$2"; shift ;;
    --alleen-een) TWEE=false ;;
    --geen-build) BUILD=false ;;
    --poort) POORT="$2"; shift ;;
    --pg-poort) PG_POORT="$2"; shift ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
DATA="${DATA:-$BENCH/target/meng/pg-$MELDINGEN}"
APP1=$POORT; MGMT1=$((POORT + 1)); APP2=$((POORT + 2)); MGMT2=$((POORT + 3))

log() { echo "[meng $(date -u +%H:%M:%S)] $*" >&2; }
mkdir -p "$RESULTS" "$(dirname "$DATA")"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
RAPPORT="$RESULTS/meng-$STAMP.md"
PID1=""
PID2=""
# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"
stop_all() { bench_stop "$PID2"; PID2=""; bench_stop "$PID1" "$DATA"; PID1=""; }
trap stop_all EXIT INT TERM

if $BUILD; then log "building the application and the bench"; fi
bench_bouw "$BUILD"

# what every instance gets beside the demo profile: the templates cached as in production, no rate limit (the
# public's clients all come from 127.0.0.1)
ARGS=(--spring.thymeleaf.cache=true --toezicht.snelheidslimiet.aan=false)
# shellcheck disable=SC2206
ARGS+=(${BENCH_APP_ARGS:-})

log "instance 1 on $DATA (demo data generated only if it is empty: $MELDINGEN notifications, seed 20260101)"
bench_start "$ROOT/target/toezicht.jar" 1g $APP1 $MGMT1 $PG_POORT "$DATA" "$BENCH/target/meng/bijlagen" \
  "$RESULTS/app-meng-1-$STAMP.log" "${ARGS[@]}" \
  --toezicht.demo.aantal-meldingen="$MELDINGEN" --toezicht.demo.seed=20260101
PID1=$STARTED_PID
bench_klaar "$PID1" $MGMT1 "$RESULTS/app-meng-1-$STAMP.log" 14400
log "instance 1 ready after ${WAITED}s"

# gatling RUN-NAME BASIS DURATION [system properties...]: one MengSimulation run; prints its per-kind rows
gatling() {
  local naam="$1" basis="$2" duur="$3"
  shift 3
  timeout $((duur + 600)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
    -Dgatling.simulationClass=nl.toezicht.bench.MengSimulation \
    -Dbasis="$basis" -Dduur="$duur" "$@" >"$RESULTS/gatling-meng-$naam-$STAMP.log" 2>&1 || true
  local dir
  dir="$(ls -dt "$BENCH/target/gatling/mengsimulation-"* 2>/dev/null | head -1)"
  # Gatling 3.13 keeps the figures per request name in js/stats.js (a script, not JSON); percentiles 50/95/99
  python3 - "$naam" "${dir:-none}/js/stats.js" <<'PY'
import re, sys
naam, pad = sys.argv[1], sys.argv[2]
try:
    tekst = open(pad).read()
except OSError:
    print(f"| {naam} | (no report: see the Gatling log) | | | | | |")
    sys.exit(0)
for m in re.finditer(r'stats: \{\s*"name": "([^"]+)",(.*?)"group1"', tekst, re.S):
    soort, blok = m.group(1), m.group(2)
    def v(sleutel, kant="ok"):
        w = re.search(r'"%s": \{[^}]*?"%s": "([^"]*)"' % (sleutel, kant), blok)
        return w.group(1) if w else "-"
    print(f"| {naam} | {soort} | {v('numberOfRequests')} | {v('numberOfRequests', 'ko')} | "
          f"{v('percentiles1')} | {v('percentiles2')} | {v('percentiles3')} |")
PY
}

verzadigd() { gatling "$1-verzadigd" "$2" "$DUUR" -Dgebruikers="$GEBRUIKERS"; }
gepaced() {
  gatling "$1-gepaced" "$2" "$DUUR" -Dmedewerkers="$MEDEWERKERS" -Dbedenktijd="$BEDENKTIJD" \
    -Dmeldingen_per_s="$MELDINGEN_PER_S"
}

{
  echo "# Mixed load, $STAMP"
  echo
  echo "Data: $DATA ($MELDINGEN demo notifications requested; an existing directory is reused as it is)."
  echo "Runs of ${DUUR}s after a ${OPWARMEN}s warm-up. Load average at the start: $(cut -d' ' -f1-3 /proc/loadavg);"
  echo "cores: $(nproc). Extra application arguments: ${BENCH_APP_ARGS:-none}."
  echo
  echo "- saturated: $GEBRUIKERS closed-loop clients ($((GEBRUIKERS / 4 > 0 ? GEBRUIKERS / 4 : 1)) filing notifications), no think time:"
  echo "  the capacity figure; the median is mostly queueing once the cores are saturated."
  echo "- paced: $MEDEWERKERS inspectors, think time ${BEDENKTIJD}s mean (uniform half to one and a half) between pages,"
  echo "  and $MELDINGEN_PER_S notifications a second as open arrivals: offered load about"
  echo "  $(python3 -c "print(f'{$MEDEWERKERS / $BEDENKTIJD:.1f}')") pages/s (at most; less by the pages' own time) + $MELDINGEN_PER_S notifications/s."
  echo
  echo "| run | request kind | n ok | errors | p50 ms | p95 ms | p99 ms |"
  echo "|---|---|---|---|---|---|---|"
} | tee "$RAPPORT"

log "warm-up, saturated, ${OPWARMEN}s (not measured)"
gatling opwarmen "http://127.0.0.1:$APP1" "$OPWARMEN" -Dgebruikers="$GEBRUIKERS" >/dev/null

log "one instance, saturated, ${DUUR}s"
verzadigd een "http://127.0.0.1:$APP1" | tee -a "$RAPPORT"
log "one instance, paced, ${DUUR}s"
gepaced een "http://127.0.0.1:$APP1" | tee -a "$RAPPORT"

if $TWEE; then
  log "instance 2 against instance 1's PostgreSQL (127.0.0.1:$PG_POORT)"
  bench_start "$ROOT/target/toezicht.jar" 1g $APP2 $MGMT2 $PG_POORT "$DATA" "$BENCH/target/meng/bijlagen" \
    "$RESULTS/app-meng-2-$STAMP.log" "${ARGS[@]}" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_POORT/toezicht" --spring.datasource.username=postgres
  PID2=$STARTED_PID
  bench_klaar "$PID2" $MGMT2 "$RESULTS/app-meng-2-$STAMP.log" 900
  log "instance 2 ready after ${WAITED}s"
  TWEE_BASIS="http://127.0.0.1:$APP1,http://127.0.0.1:$APP2"
  log "two instances, saturated, ${DUUR}s"
  verzadigd twee "$TWEE_BASIS" | tee -a "$RAPPORT"
  log "two instances, paced, ${DUUR}s"
  gepaced twee "$TWEE_BASIS" | tee -a "$RAPPORT"
fi
echo | tee -a "$RAPPORT"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)." | tee -a "$RAPPORT"
log "done: $RAPPORT"
