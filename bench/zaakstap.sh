#!/usr/bin/env bash
# A case step on a case with 50 timeline entries, before and after the append-only timeline (issue 10,
# docs/PERFORMANCE.md, "Case step"): runs Zaakstapbench against this checkout's application and, when given,
# against the application of another checkout (--voor DIR: e.g. `git worktree add ../voor 7c67426`), in
# alternating order per round, each on a fresh embedded PostgreSQL with the same demo data (same seed and
# size). Every round reports, per application, the p50/p95 of the step through the application and of the
# same writes by plain JDBC (UPDATE of the case row + INSERT of one entry) measured in the same run.
#
# Usage: bench/zaakstap.sh [--voor DIR] [--rondes N] [--zaken N] [--lengte N] [--meldingen N] [--geen-build]
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
PG_DIR="$BENCH/target/pg-zaakstap"
APP_PORT="${BENCH_APP_PORT:-18580}"
MGMT_PORT="${BENCH_MGMT_PORT:-18581}"
PG_PORT="${BENCH_PG_PORT:-55580}"
VOOR=""
RONDES=3
ZAKEN=30
LENGTE=50
MELDINGEN=5000
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
APP_PID=""

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
  # a killed JVM leaves its PostgreSQL behind: stop exactly that one, by the pid it wrote
  if [[ -f "$PG_DIR/postmaster.pid" ]]; then
    local pg_pid
    pg_pid="$(head -1 "$PG_DIR/postmaster.pid")"
    if [[ -n "$pg_pid" ]] && kill -0 "$pg_pid" 2>/dev/null; then
      kill -INT "$pg_pid" 2>/dev/null || true
      sleep 3
    fi
  fi
}
trap stop_app EXIT INT TERM

if $BUILD; then
  log "building the application(s) and the bench"
  (cd "$ROOT" && "$ROOT/mvnw" -B -q -DskipTests package)
  if [[ -n "$VOOR" ]]; then (cd "$VOOR" && "$VOOR/mvnw" -B -q -DskipTests package); fi
fi
"$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" compile dependency:build-classpath -Dmdep.outputFile="$BENCH/target/classpath.txt"
CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"

# start_app JAR LOGFILE: a fresh database with the demo data, ready when the readiness probe says UP
start_app() {
  local jar="$1" logfile="$2"
  rm -rf "$PG_DIR"
  java -Xms512m -Xmx512m -jar "$jar" \
    --server.address=127.0.0.1 --server.port=$APP_PORT \
    --management.server.address=127.0.0.1 --management.server.port=$MGMT_PORT \
    --toezicht.embedded-postgres.data-directory="$PG_DIR" --toezicht.embedded-postgres.port=$PG_PORT \
    --toezicht.bijlagen.map="$BENCH/target/bijlagen-zaakstap" \
    --spring.profiles.active=demo --spring.thymeleaf.cache=true \
    --toezicht.demo.aantal-meldingen="$MELDINGEN" --toezicht.demo.seed=20260101 \
    --toezicht.snelheidslimiet.aan=false \
    >"$logfile" 2>&1 &
  APP_PID=$!
  local waited=0
  until curl -fsS "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $logfile" >&2; exit 1; }
    (( waited >= 900 )) && { echo "not ready after 900s; see $logfile" >&2; exit 1; }
    sleep 2; waited=$((waited + 2))
  done
  log "ready after ${waited}s ($jar)"
}

median() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.2f}" if v else "-")' "$@"; }

declare -A APP50 APP95 JDBC50 JDBC95
VERSIES=(na)
[[ -n "$VOOR" ]] && VERSIES=(voor na)
SUMMARY="$RESULTS/zaakstap-$STAMP.md"
{
  echo "# Case step on a case with $LENGTE timeline entries ($STAMP)"
  echo
  echo "Machine: $(nproc) cores; $(java -version 2>&1 | head -1). Demo data $MELDINGEN notifications (seed 20260101),"
  echo "$ZAKEN cases per round, one client; per case the application's step, then the same writes by JDBC."
  echo
  echo "| round | version | cases | app p50 ms | app p95 ms | JDBC p50 ms | JDBC p95 ms | app / JDBC (p50) |"
  echo "|---|---|---|---|---|---|---|---|"
} >"$SUMMARY"

for r in $(seq 1 "$RONDES"); do
  volgorde=("${VERSIES[@]}")
  # alternate which version goes first, so a drift of the machine's load favours neither
  if (( r % 2 == 0 )) && (( ${#VERSIES[@]} == 2 )); then volgorde=(na voor); fi
  for v in "${volgorde[@]}"; do
    if [[ "$v" == voor ]]; then jar="$VOOR/target/toezicht.jar"; else jar="$ROOT/target/toezicht.jar"; fi
    start_app "$jar" "$RESULTS/app-zaakstap-$STAMP-$r-$v.log"
    log "round $r ($v): $ZAKEN cases to $LENGTE entries, then one step each through the application and by JDBC"
    line="$(java -cp "$CP" -Dbasis="http://127.0.0.1:$APP_PORT" \
      -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" -Dzaken="$ZAKEN" -Dlengte="$LENGTE" \
      nl.toezicht.bench.Zaakstapbench 2>"$RESULTS/zaakstap-$STAMP-$r-$v.err")"
    stop_app
    read -r n a50 a95 j50 j95 min <<<"$line"
    log "  $v: $n cases (at least $min entries): app p50 $a50 ms p95 $a95 ms; JDBC p50 $j50 ms p95 $j95 ms"
    APP50[$v]+="$a50 "; APP95[$v]+="$a95 "; JDBC50[$v]+="$j50 "; JDBC95[$v]+="$j95 "
    ratio="$(python3 -c "print(f'{$a50/$j50:.1f}')")"
    echo "| $r | $v | $n | $a50 | $a95 | $j50 | $j95 | $ratio |" >>"$SUMMARY"
  done
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
} >>"$SUMMARY"
cat "$SUMMARY"
