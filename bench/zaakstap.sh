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

stop_app() {
  local v="$1" pid="${PID[$1]}"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  PID[$v]=""
  # a killed JVM leaves its PostgreSQL behind: stop exactly that one, by the pid it wrote
  if [[ -f "${PG_DIR[$v]}/postmaster.pid" ]]; then
    local pg_pid
    pg_pid="$(head -1 "${PG_DIR[$v]}/postmaster.pid")"
    if [[ -n "$pg_pid" ]] && kill -0 "$pg_pid" 2>/dev/null; then kill -INT "$pg_pid" 2>/dev/null || true; sleep 3; fi
  fi
}
stop_all() { for v in "${VERSIES[@]}"; do stop_app "$v"; done; }
trap stop_all EXIT INT TERM

if $BUILD; then
  log "building the application(s) and the bench"
  (cd "$ROOT" && "$ROOT/mvnw" -B -q -DskipTests package)
  if [[ -n "$VOOR" ]]; then (cd "$VOOR" && "$VOOR/mvnw" -B -q -DskipTests package); fi
fi
"$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$BENCH/target/classpath.txt"
CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"

# start_app VERSION LOGFILE: a fresh database with the demo data
start_app() {
  local v="$1" logfile="$2"
  rm -rf "${PG_DIR[$v]}"
  java -Xms512m -Xmx512m -jar "${JAR[$v]}" \
    --server.address=127.0.0.1 --server.port="${APP_PORT[$v]}" \
    --management.server.address=127.0.0.1 --management.server.port="${MGMT_PORT[$v]}" \
    --toezicht.embedded-postgres.data-directory="${PG_DIR[$v]}" --toezicht.embedded-postgres.port="${PG_PORT[$v]}" \
    --toezicht.bijlagen.map="$BENCH/target/bijlagen-zaakstap-$v" \
    --spring.profiles.active=demo --spring.thymeleaf.cache=true \
    --toezicht.demo.aantal-meldingen="$MELDINGEN" --toezicht.demo.seed=20260101 \
    --toezicht.snelheidslimiet.aan=false \
    >"$logfile" 2>&1 &
  PID[$v]=$!
}

wait_ready() {
  local v="$1" logfile="$2" waited=0
  until curl -fsS "http://127.0.0.1:${MGMT_PORT[$v]}/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "${PID[$v]}" 2>/dev/null || { echo "the application ($v) stopped; see $logfile" >&2; exit 1; }
    (( waited >= 1200 )) && { echo "$v not ready after 1200s; see $logfile" >&2; exit 1; }
    sleep 2; waited=$((waited + 2))
  done
  log "$v ready (${JAR[$v]})"
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
