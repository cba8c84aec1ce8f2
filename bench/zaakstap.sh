#!/usr/bin/env bash
# A case step on a case with 50 timeline entries, before and after the append-only timeline (issue 10,
# docs/PERFORMANCE.md, "Case step"): Zaakstapbench against this checkout's application and, with
# --voor DIR, against the application of another checkout (e.g. `git worktree add ../voor 7c67426`) running
# beside it at the same time, each on a fresh embedded PostgreSQL with the same demo data (same seed and
# size). Each case's step is taken on both back to back, so both see the machine's load of that moment; the
# same writes by plain JDBC (UPDATE of the case row + INSERT of one entry) are the baseline, per database.
#
# Usage: bench/zaakstap.sh [--voor DIR] [--rondes N] [--zaken N] [--lengte N] [--meldingen N] [--geen-build]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
VOOR=""
RONDES=3
ZAKEN=30
LENGTE=50
MELDINGEN=2000
BUILD=true

while [[ $# -gt 0 ]]; do
  case "$1" in
    --voor) VOOR="$(cd "$2" && pwd)"; shift ;;
    --rondes) RONDES="$2"; shift ;;
    --zaken) ZAKEN="$2"; shift ;;
    --lengte) LENGTE="$2"; shift ;;
    --meldingen) MELDINGEN="$2"; shift ;;
    --geen-build) BUILD=false ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "[zaakstap $(date -u +%H:%M:%S)] $*"; }
mkdir -p "$RESULTS"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"

# per version: jar, ports, data directory
declare -A JAR APP_PORT MGMT_PORT PG_PORT PG_DIR PID
VERSIES=(na)
[[ -n "$VOOR" ]] && VERSIES=(voor na)
JAR[na]="$ROOT/target/toezicht.jar"; APP_PORT[na]=18590; MGMT_PORT[na]=18591; PG_PORT[na]=55590
JAR[voor]="$VOOR/target/toezicht.jar"; APP_PORT[voor]=18580; MGMT_PORT[voor]=18581; PG_PORT[voor]=55580
for v in "${VERSIES[@]}"; do PG_DIR[$v]="$BENCH/target/pg-zaakstap-$v"; PID[$v]=""; done

# shellcheck source=bench/lib.sh
source "$BENCH/lib.sh"
stop_app() { bench_stop "${PID[$1]}" "${PG_DIR[$1]}"; PID[$1]=""; }
stop_all() { for v in "${VERSIES[@]}"; do stop_app "$v"; done; }
trap stop_all EXIT INT TERM

if $BUILD; then
  log "building the application(s) and the bench"
  if [[ -n "$VOOR" ]]; then (cd "$VOOR" && "$VOOR/mvnw" -B -q -DskipTests package); fi
fi
bench_bouw "$BUILD"

# start_app VERSION LOGFILE: a fresh database with the demo data
start_app() {
  local v="$1" logfile="$2"
  rm -rf "${PG_DIR[$v]}"
  bench_start "${JAR[$v]}" 512m "${APP_PORT[$v]}" "${MGMT_PORT[$v]}" "${PG_PORT[$v]}" "${PG_DIR[$v]}" \
    "$BENCH/target/bijlagen-zaakstap-$v" "$logfile" \
    --spring.thymeleaf.cache=true --toezicht.demo.aantal-meldingen="$MELDINGEN" --toezicht.demo.seed=20260101 \
    --toezicht.snelheidslimiet.aan=false
  PID[$v]=$STARTED_PID
}

wait_ready() {
  bench_klaar "${PID[$1]}" "${MGMT_PORT[$1]}" "$2" 1200
  log "$1 ready (${JAR[$1]})"
}

median() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.2f}" if v else "-")' "$@"; }

declare -A APP50 APP95 JDBC50 JDBC95
VERHOUDINGEN=""
RIJEN=""
SUMMARY="$RESULTS/zaakstap-$STAMP.md"
{
  echo "# Case step on a case with $LENGTE timeline entries ($STAMP)"
  echo
  echo "Machine: $(nproc) cores; $(java -version 2>&1 | head -1); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Demo data $MELDINGEN notifications (seed 20260101), $ZAKEN cases per round, one client; the versions run side by side."
  echo
  echo "| round | version | cases | app p50 ms | app p95 ms | JDBC p50 ms | JDBC p95 ms | app / JDBC (p50) |"
  echo "|---|---|---|---|---|---|---|---|"
} >"$SUMMARY"

NAMEN="$(IFS=,; echo "${VERSIES[*]}")"
BASES=""; URLS=""
for v in "${VERSIES[@]}"; do
  BASES+="${BASES:+,}http://127.0.0.1:${APP_PORT[$v]}"
  URLS+="${URLS:+,}jdbc:postgresql://127.0.0.1:${PG_PORT[$v]}/toezicht"
done

for r in $(seq 1 "$RONDES"); do
  for v in "${VERSIES[@]}"; do start_app "$v" "$RESULTS/app-zaakstap-$STAMP-$r-$v.log"; done
  for v in "${VERSIES[@]}"; do wait_ready "$v" "$RESULTS/app-zaakstap-$STAMP-$r-$v.log"; done
  log "round $r: $ZAKEN cases to $LENGTE entries on ${NAMEN}, then one step each through the application and by JDBC"
  uitvoer="$(java -cp "$CP" -Dnamen="$NAMEN" -Dbasis="$BASES" -Durl="$URLS" -Dzaken="$ZAKEN" -Dlengte="$LENGTE" \
    nl.toezicht.bench.Zaakstapbench 2>"$RESULTS/zaakstap-$STAMP-$r.err")"
  stop_all
  while read -r v n a50 a95 j50 j95 min; do
    if [[ "$v" == rijen ]]; then
      log "  $n: $a50 rows of zaken.statuswijziging/zaak_melding written per step"
      RIJEN+="round $r $n: $a50 rows per step. "
      continue
    fi
    if [[ "$v" == */* ]]; then
      log "  paired median $v: $n"
      VERHOUDINGEN+="$n "
      continue
    fi
    log "  $v: $n cases (at least $min entries): app p50 $a50 ms p95 $a95 ms; JDBC p50 $j50 ms p95 $j95 ms"
    APP50[$v]+="$a50 "; APP95[$v]+="$a95 "; JDBC50[$v]+="$j50 "; JDBC95[$v]+="$j95 "
    echo "| $r | $v | $n | $a50 | $a95 | $j50 | $j95 | $(python3 -c "print(f'{$a50/$j50:.1f}')") |" >>"$SUMMARY"
  done <<<"$uitvoer"
done

{
  echo
  echo "Medians over the rounds:"
  echo
  echo "| version | app p50 ms | app p95 ms | JDBC p50 ms | JDBC p95 ms |"
  echo "|---|---|---|---|---|"
  for v in "${VERSIES[@]}"; do
    # shellcheck disable=SC2086
    echo "| $v | $(median ${APP50[$v]}) | $(median ${APP95[$v]}) | $(median ${JDBC50[$v]}) | $(median ${JDBC95[$v]}) |"
  done
  # shellcheck disable=SC2086
  echo
  echo "Rows the application's step wrote in the timeline and link tables (pg_stat_user_tables): $RIJEN"
  if [[ -n "$VERHOUDINGEN" ]]; then
    echo
    echo "Paired, per case the step on voor over the step on na taken back to back, median per round:"
    echo "$VERHOUDINGEN; median of the rounds: $(median $VERHOUDINGEN)"
  fi
} >>"$SUMMARY"
cat "$SUMMARY"
