#!/usr/bin/env bash
# Benchmark of Toezicht on loopback (see docs/PERFORMANCE.md):
#   1. builds the application and this bench project,
#   2. starts the application with the embedded PostgreSQL in a fresh directory and the demo data
#      generator filling it with 100,000 cases (waits until the readiness probe says UP: the generator
#      runs before the application reports ready),
#   3. the CEILING: Plafond, single-row durable JDBC transactions against the same PostgreSQL,
#   4. Gatling IntakeSimulation against POST /api/v1/meldingen,
#   each 3 rounds; medians into bench/results/summary.md. Then stops the application.
# With --werkbak it then starts again on 1,000,000 cases and runs WerkbakSimulation (p95 of /werkbak).
# With --zaakpagina: the case-page read (ZaakpaginaSimulation, GET /zaken/{id}) with and without the access
# log, alternating per round on the same data (the application restarted with profile bench and
# toezicht.toegangslog.meten-zonder=true for the baseline); medians and the ratio.
# With --historie it starts on 1,000,000 demo cases, exports them in the history exchange format, and runs
# HistorieBench: the import command against a plain COPY of the same rows (docs/PERFORMANCE.md).
#
# With --zoeken it runs ZoekenSimulation on 1,000,000 cases (the search page, p95) and, in the same run, the
# raw SQL of the same searches over JDBC (ZoekBench) as the baseline.
# With --activiteiten it starts on --activiteiten-meldingen demo cases (default 10,000), adds 100,000 supervision
# activities (ActiviteitenBench -Dvullen), and runs ActiviteitenSimulation (p95 of the inspector's list
# /inspecties) with, in the same round, the list's raw SQL over JDBC (ActiviteitenBench) as the baseline.
# Usage: bench/run.sh [--werkbak] [--activiteiten] [--zoeken] [--zaakpagina] [--historie] [--zonder-intake] [--rondes N] [--duur SECONDEN]
#                     [--gebruikers N] [--meldingen N] [--werkbak-meldingen N] [--historie-meldingen N]
#                     [--historie-heap 256m] [--geen-build]
# (--geen-build: use target/toezicht.jar as it is)
# BENCH_APP_ARGS: more application arguments for every start (e.g. --spring.modulith.events.completion-mode=delete
# to compare the outbox's completion modes, docs/PERFORMANCE.md)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
PG_DIR="$BENCH/target/pg"
# other ports (another bench on the same machine): BENCH_APP_PORT, BENCH_MGMT_PORT, BENCH_PG_PORT
APP_PORT="${BENCH_APP_PORT:-8080}"
MGMT_PORT="${BENCH_MGMT_PORT:-8081}"
PG_PORT="${BENCH_PG_PORT:-55432}"
BASIS="http://127.0.0.1:$APP_PORT"

WERKBAK=false
ACTIVITEITEN=false
ACTIVITEITEN_MELDINGEN=10000
ACTIVITEITEN_AANTAL=100000
ZOEKEN=false
ZAAKPAGINA=false
ZAAKPAGINA_GEBRUIKERS=4
HISTORIE=false
HISTORIE_MELDINGEN=1000000
HISTORIE_HEAP=256m
INTAKE=true
BUILD=true
RONDES=3
DUUR=60
GEBRUIKERS=8
MELDINGEN=100000
WERKBAK_MELDINGEN=1000000
WERKBAK_GEBRUIKERS=4
READY_TIMEOUT=1800
WARMUP="${BENCH_WARMUP:-60}"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --werkbak) WERKBAK=true ;;
    --activiteiten) ACTIVITEITEN=true ;;
    --activiteiten-meldingen) ACTIVITEITEN_MELDINGEN="$2"; shift ;;
    --activiteiten-aantal) ACTIVITEITEN_AANTAL="$2"; shift ;;
    --zoeken) ZOEKEN=true ;;
    --zaakpagina) ZAAKPAGINA=true ;;
    --historie) HISTORIE=true ;;
    --historie-meldingen) HISTORIE_MELDINGEN="$2"; shift ;;
    --historie-heap) HISTORIE_HEAP="$2"; shift ;;
    --zonder-intake) INTAKE=false ;;
    --geen-build) BUILD=false ;;
    --rondes) RONDES="$2"; shift ;;
    --duur) DUUR="$2"; shift ;;
    --gebruikers) GEBRUIKERS="$2"; shift ;;
    --meldingen) MELDINGEN="$2"; shift ;;
    --werkbak-meldingen) WERKBAK_MELDINGEN="$2"; shift ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

MVNW="$ROOT/mvnw"
mkdir -p "$RESULTS"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
SUMMARY="$RESULTS/summary.md"
APP_PID=""

log() { echo "[bench $(date -u +%H:%M:%S)] $*"; }

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the application (pid $APP_PID)"
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
      kill -KILL "$APP_PID" 2>/dev/null || true
    fi
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

# start_app MELDINGEN LOGFILE [houden [extra application arguments...]]: "houden" keeps the database
start_app() {
  local meldingen="$1" logfile="$2" houden="${3:-}"
  shift 2; shift || true
  if [[ "$houden" != houden ]]; then
    rm -rf "$PG_DIR"
  fi
  log "starting the application: embedded PostgreSQL on 127.0.0.1:$PG_PORT, $meldingen demo cases $*"
  java -Xms1g -Xmx1g -jar "$ROOT/target/toezicht.jar" \
    --server.address=127.0.0.1 --server.port=$APP_PORT \
    --management.server.address=127.0.0.1 --management.server.port=$MGMT_PORT \
    --toezicht.embedded-postgres.data-directory="$PG_DIR" --toezicht.embedded-postgres.port=$PG_PORT \
    --toezicht.bijlagen.map="$BENCH/target/bijlagen" \
    --spring.profiles.active=demo --spring.thymeleaf.cache=true \
    --toezicht.demo.aantal-meldingen="$meldingen" \
    --toezicht.snelheidslimiet.aan=false ${BENCH_APP_ARGS:-} "$@" \
    >"$logfile" 2>&1 &
  APP_PID=$!
  local waited=0
  until curl -fsS "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the application stopped; see $logfile" >&2
      exit 1
    fi
    if (( waited >= READY_TIMEOUT )); then
      echo "not ready after ${READY_TIMEOUT}s; see $logfile" >&2
      exit 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  log "ready after ${waited}s"
  grep -E "Demo data: [0-9]+ notifications" "$logfile" | sed 's/.*Demo data/  Demo data/' || true
}

median() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.1f}" if v else "-")' "$@"; }

# figures of the newest Gatling report of a simulation: ok-count ko-count p50 p95 p99 (ms)
gatling_figures() {
  local sim="$1" dir
  dir="$(ls -dt "$BENCH/target/gatling/${sim}"-* 2>/dev/null | head -1)"
  # Gatling 3.13 keeps the figures of "All Requests" first in js/stats.js (a script, not JSON)
  python3 - "${dir:-none}/js/stats.js" <<'PY'
import re, sys
def ok(text, key):
    m = re.search(r'"%s":\s*\{[^}]*?"ok":\s*"([^"]*)"' % key, text)
    v = m.group(1) if m else "-"
    return "0" if v == "-" else v
try:
    text = open(sys.argv[1]).read()
    print(ok(text, "numberOfRequests"),
          re.search(r'"numberOfRequests":\s*\{[^}]*?"ko":\s*"([^"]*)"', text).group(1),
          ok(text, "percentiles1"), ok(text, "percentiles2"), ok(text, "percentiles3"))
except (OSError, AttributeError):
    print("0 0 0 0 0")  # no report: the round failed (see its log)
PY
}

if $BUILD; then
  log "building the application and the bench"
  (cd "$ROOT" && timeout 900 "$MVNW" -B -q -DskipTests package)
fi
[[ -f "$ROOT/target/toezicht.jar" ]] || { echo "no target/toezicht.jar" >&2; exit 1; }
timeout 900 "$MVNW" -B -q -f "$BENCH/pom.xml" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$BENCH/target/classpath.txt"
CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"

{
  echo "# Benchmark $STAMP"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)."
  echo "Loopback only; embedded PostgreSQL 17 (its durability settings: see the intake section); $RONDES rounds of ${DUUR}s, medians."
  echo "Extra application arguments: ${BENCH_APP_ARGS:-none}; load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
} >"$SUMMARY"

if $INTAKE; then
  start_app "$MELDINGEN" "$RESULTS/app-intake-$STAMP.log"

  declare -a PL_RATE PL_P50 PL_P99 PI_RATE PI_P50 PI_P99 AP_RATE AP_P50 AP_P99
  for r in $(seq 1 "$RONDES"); do
    for alleen_intake in false true; do
      log "ceiling round $r (only the intake transaction: $alleen_intake): $GEBRUIKERS clients, ${DUUR}s"
      line="$(timeout $((DUUR + 120)) java -cp "$CP" \
        -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" -Duser=postgres -Dpassword= \
        -Dalleen-intake="$alleen_intake" \
        -Dgebruikers="$GEBRUIKERS" -Dduur="$DUUR" nl.toezicht.bench.Plafond | tee -a "$RESULTS/plafond-$STAMP.log" | grep '^PLAFOND')"
      echo "  $line"
      if [[ "$alleen_intake" == false ]]; then
        PL_RATE+=("$(sed -E 's/.*per_s=([0-9.]+).*/\1/' <<<"$line")")
        PL_P50+=("$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$line")")
        PL_P99+=("$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line")")
      else
        PI_RATE+=("$(sed -E 's/.*per_s=([0-9.]+).*/\1/' <<<"$line")")
        PI_P50+=("$(sed -E 's/.*p50_ms=([0-9.]+).*/\1/' <<<"$line")")
        PI_P99+=("$(sed -E 's/.*p99_ms=([0-9.]+).*/\1/' <<<"$line")")
      fi
    done
  done

  # the first seconds of a fresh JVM are spent compiling: one unmeasured round warms the application up
  log "intake warm-up: Gatling, $GEBRUIKERS users, ${WARMUP}s (not measured)"
  timeout $((WARMUP + 300)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
    -Dgatling.simulationClass=nl.toezicht.bench.IntakeSimulation \
    -Dbasis="$BASIS" -Dgebruikers="$GEBRUIKERS" -Dduur="$WARMUP" >"$RESULTS/gatling-intake-$STAMP-warmup.log" 2>&1 || true

  for r in $(seq 1 "$RONDES"); do
    log "intake round $r: Gatling, $GEBRUIKERS users, ${DUUR}s"
    timeout $((DUUR + 300)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
      -Dgatling.simulationClass=nl.toezicht.bench.IntakeSimulation \
      -Dbasis="$BASIS" -Dgebruikers="$GEBRUIKERS" -Dduur="$DUUR" >"$RESULTS/gatling-intake-$STAMP-$r.log" 2>&1 || true
    read -r ok ko p50 p95 p99 < <(gatling_figures intakesimulation)
    rate="$(python3 -c "print(f'{$ok / $DUUR:.1f}')")"
    echo "  accepted=$ok refused/failed=$ko accepted_per_s=$rate p50_ms=$p50 p99_ms=$p99"
    AP_RATE+=("$rate"); AP_P50+=("$p50"); AP_P99+=("$p99")
  done

  server="$(grep -E '^(synchronous_commit|fsync|wal_sync_method|server_version) = ' "$RESULTS/plafond-$STAMP.log" \
    | sort -u | tr '\n' ' ')"
  pl="$(median "${PL_RATE[@]}")"; ap="$(median "${AP_RATE[@]}")"
  ratio="$(python3 -c "print(f'{100 * $ap / $pl:.0f}%' if $pl > 0 else '-')")"
  {
    echo "## Intake ($MELDINGEN cases present, $GEBRUIKERS concurrent clients)"
    echo
    echo "| | per second | p50 ms | p99 ms | rounds (per second) |"
    echo "|---|---|---|---|---|"
    echo "| ceiling: the same writes as the application (JDBC; intake transaction + case-opening transaction, both durable) | $pl | $(median "${PL_P50[@]}") | $(median "${PL_P99[@]}") | ${PL_RATE[*]} |"
    echo "| ceiling, intake transaction only (melding + outbox row) | $(median "${PI_RATE[@]}") | $(median "${PI_P50[@]}") | $(median "${PI_P99[@]}") | ${PI_RATE[*]} |"
    echo "| application (Gatling, POST /api/v1/meldingen, 201) | $ap | $(median "${AP_P50[@]}") | $(median "${AP_P99[@]}") | ${AP_RATE[*]} |"
    echo
    echo "Application / ceiling (same writes): **$ratio** (target: at least 40%). PostgreSQL: $server"
    echo
  } >>"$SUMMARY"
  stop_app
fi

if $WERKBAK; then
  start_app "$WERKBAK_MELDINGEN" "$RESULTS/app-werkbak-$STAMP.log"
  declare -a WB_P95 WB_P50 WB_N
  log "werkbak warm-up: Gatling, $WERKBAK_GEBRUIKERS users, ${WARMUP}s (not measured)"
  timeout $((WARMUP + 300)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
    -Dgatling.simulationClass=nl.toezicht.bench.WerkbakSimulation \
    -Dbasis="$BASIS" -Dgebruikers="$WERKBAK_GEBRUIKERS" -Dduur="$WARMUP" >"$RESULTS/gatling-werkbak-$STAMP-warmup.log" 2>&1 || true
  for r in $(seq 1 "$RONDES"); do
    log "werkbak round $r: Gatling, $WERKBAK_GEBRUIKERS users, ${DUUR}s"
    timeout $((DUUR + 300)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
      -Dgatling.simulationClass=nl.toezicht.bench.WerkbakSimulation \
      -Dbasis="$BASIS" -Dgebruikers="$WERKBAK_GEBRUIKERS" -Dduur="$DUUR" >"$RESULTS/gatling-werkbak-$STAMP-$r.log" 2>&1 || true
    read -r ok ko p50 p95 p99 < <(gatling_figures werkbaksimulation)
    echo "  pages=$ok failed=$ko p50_ms=$p50 p95_ms=$p95 p99_ms=$p99"
    WB_P95+=("$p95"); WB_P50+=("$p50"); WB_N+=("$ok")
  done
  {
    echo "## Werkbak ($WERKBAK_MELDINGEN cases, inspecteur, afdeling GGZ, first page and following pages)"
    echo
    echo "| pages served (median) | p50 ms | p95 ms | rounds (p95) |"
    echo "|---|---|---|---|"
    echo "| $(median "${WB_N[@]}") | $(median "${WB_P50[@]}") | $(median "${WB_P95[@]}") | ${WB_P95[*]} |"
    echo
    echo "Target: p95 under 150 ms."
    echo
  } >>"$SUMMARY"
  stop_app
fi

if $ACTIVITEITEN; then
  start_app "$ACTIVITEITEN_MELDINGEN" "$RESULTS/app-activiteiten-$STAMP.log"
  log "adding $ACTIVITEITEN_AANTAL supervision activities"
  java -cp "$CP" -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" -Dvullen="$ACTIVITEITEN_AANTAL" \
    nl.toezicht.bench.ActiviteitenBench
  declare -a AC_P95 AC_P50 AC_N AR_P50 AR_P95
  log "activiteiten warm-up: Gatling, $WERKBAK_GEBRUIKERS users, ${WARMUP}s (not measured)"
  timeout $((WARMUP + 300)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
    -Dgatling.simulationClass=nl.toezicht.bench.ActiviteitenSimulation \
    -Dbasis="$BASIS" -Dgebruikers="$WERKBAK_GEBRUIKERS" -Dduur="$WARMUP" >"$RESULTS/gatling-activiteiten-$STAMP-warmup.log" 2>&1 || true
  for r in $(seq 1 "$RONDES"); do
    log "activiteiten round $r: raw SQL (baseline), then Gatling, $WERKBAK_GEBRUIKERS users, ${DUUR}s"
    read -r rp50 rp95 < <(java -cp "$CP" -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" nl.toezicht.bench.ActiviteitenBench)
    AR_P50+=("$rp50"); AR_P95+=("$rp95")
    timeout $((DUUR + 300)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
      -Dgatling.simulationClass=nl.toezicht.bench.ActiviteitenSimulation \
      -Dbasis="$BASIS" -Dgebruikers="$WERKBAK_GEBRUIKERS" -Dduur="$DUUR" >"$RESULTS/gatling-activiteiten-$STAMP-$r.log" 2>&1 || true
    read -r ok ko p50 p95 p99 < <(gatling_figures activiteitensimulation)
    echo "  raw p50_ms=$rp50 p95_ms=$rp95; page: lists=$ok failed=$ko p50_ms=$p50 p95_ms=$p95 p99_ms=$p99"
    AC_P95+=("$p95"); AC_P50+=("$p50"); AC_N+=("$ok")
  done
  {
    echo "## Activiteiten ($ACTIVITEITEN_AANTAL supervision activities, inspecteur's own list /inspecties, $WERKBAK_GEBRUIKERS users)"
    echo
    echo "| lists served (median) | p50 ms | p95 ms | rounds (p95) | raw SQL p50 ms | raw SQL p95 ms (one user) |"
    echo "|---|---|---|---|---|---|"
    echo "| $(median "${AC_N[@]}") | $(median "${AC_P50[@]}") | $(median "${AC_P95[@]}") | ${AC_P95[*]} | $(median "${AR_P50[@]}") | $(median "${AR_P95[@]}") |"
    echo
    echo "Target: p95 under 150 ms."
    echo
  } >>"$SUMMARY"
  stop_app
fi

if $ZOEKEN; then
  start_app "$WERKBAK_MELDINGEN" "$RESULTS/app-zoeken-$STAMP.log"
  declare -a ZK_P95 ZK_P50 ZK_N ZR_P50 ZR_P95
  log "zoeken warm-up: Gatling, $WERKBAK_GEBRUIKERS users, ${WARMUP}s (not measured)"
  timeout $((WARMUP + 300)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
    -Dgatling.simulationClass=nl.toezicht.bench.ZoekenSimulation \
    -Dbasis="$BASIS" -Dgebruikers="$WERKBAK_GEBRUIKERS" -Dduur="$WARMUP" >"$RESULTS/gatling-zoeken-$STAMP-warmup.log" 2>&1 || true
  for r in $(seq 1 "$RONDES"); do
    log "zoeken round $r: raw SQL (baseline), then Gatling, $WERKBAK_GEBRUIKERS users, ${DUUR}s"
    read -r rp50 rp95 < <(java -cp "$CP" -Durl="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht" nl.toezicht.bench.ZoekBench)
    ZR_P50+=("$rp50"); ZR_P95+=("$rp95")
    timeout $((DUUR + 300)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
      -Dgatling.simulationClass=nl.toezicht.bench.ZoekenSimulation \
      -Dbasis="$BASIS" -Dgebruikers="$WERKBAK_GEBRUIKERS" -Dduur="$DUUR" >"$RESULTS/gatling-zoeken-$STAMP-$r.log" 2>&1 || true
    read -r ok ko p50 p95 p99 < <(gatling_figures zoekensimulation)
    echo "  raw p50_ms=$rp50 p95_ms=$rp95; page: searches=$ok failed=$ko p50_ms=$p50 p95_ms=$p95 p99_ms=$p99"
    ZK_P95+=("$p95"); ZK_P50+=("$p50"); ZK_N+=("$ok")
  done
  {
    echo "## Zoeken ($WERKBAK_MELDINGEN cases with descriptions, inspecteur, $WERKBAK_GEBRUIKERS users, the search page)"
    echo
    echo "| searches served (median) | p50 ms | p95 ms | rounds (p95) | raw SQL p50 ms | raw SQL p95 ms (one user) |"
    echo "|---|---|---|---|---|---|"
    echo "| $(median "${ZK_N[@]}") | $(median "${ZK_P50[@]}") | $(median "${ZK_P95[@]}") | ${ZK_P95[*]} | $(median "${ZR_P50[@]}") | $(median "${ZR_P95[@]}") |"
    echo
    echo "Target: p95 under 200 ms."
    echo
  } >>"$SUMMARY"
  stop_app
fi

if $ZAAKPAGINA; then
  declare -a ZM_RATE ZM_P50 ZM_P95 ZZ_RATE ZZ_P50 ZZ_P95
  for r in $(seq 1 "$RONDES"); do
    for modus in met zonder; do
      if [[ $r == 1 && $modus == met ]]; then
        start_app "$MELDINGEN" "$RESULTS/app-zaakpagina-$STAMP-$r-$modus.log"
      elif [[ $modus == met ]]; then
        start_app "$MELDINGEN" "$RESULTS/app-zaakpagina-$STAMP-$r-$modus.log" houden
      else
        # the baseline: the application refuses this property without the bench profile
        start_app "$MELDINGEN" "$RESULTS/app-zaakpagina-$STAMP-$r-$modus.log" houden \
          --toezicht.toegangslog.meten-zonder=true --spring.profiles.active=demo,bench
      fi
      log "case page warm-up ($modus access log): $ZAAKPAGINA_GEBRUIKERS users, ${WARMUP}s (not measured)"
      timeout $((WARMUP + 300)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
        -Dgatling.simulationClass=nl.toezicht.bench.ZaakpaginaSimulation \
        -Dbasis="$BASIS" -Dgebruikers="$ZAAKPAGINA_GEBRUIKERS" -Dduur="$WARMUP" \
        >"$RESULTS/gatling-zaakpagina-$STAMP-$r-$modus-warmup.log" 2>&1 || true
      log "case page round $r ($modus access log): $ZAAKPAGINA_GEBRUIKERS users, ${DUUR}s"
      timeout $((DUUR + 300)) "$MVNW" -B -q -f "$BENCH/pom.xml" gatling:test \
        -Dgatling.simulationClass=nl.toezicht.bench.ZaakpaginaSimulation \
        -Dbasis="$BASIS" -Dgebruikers="$ZAAKPAGINA_GEBRUIKERS" -Dduur="$DUUR" \
        >"$RESULTS/gatling-zaakpagina-$STAMP-$r-$modus.log" 2>&1 || true
      read -r ok ko p50 p95 p99 < <(gatling_figures zaakpaginasimulation)
      rate="$(python3 -c "print(f'{$ok / $DUUR:.1f}')")"
      echo "  $modus: pages=$ok failed=$ko per_s=$rate p50_ms=$p50 p95_ms=$p95 p99_ms=$p99"
      if [[ $modus == met ]]; then
        ZM_RATE+=("$rate"); ZM_P50+=("$p50"); ZM_P95+=("$p95")
      else
        ZZ_RATE+=("$rate"); ZZ_P50+=("$p50"); ZZ_P95+=("$p95")
      fi
      stop_app
    done
  done
  zm="$(median "${ZM_RATE[@]}")"; zz="$(median "${ZZ_RATE[@]}")"
  zmp="$(median "${ZM_P50[@]}")"; zzp="$(median "${ZZ_P50[@]}")"
  {
    echo "## Case page with and without the access log ($MELDINGEN cases, $ZAAKPAGINA_GEBRUIKERS users, inspecteur, GET /zaken/{id})"
    echo
    echo "| | pages per second | p50 ms | p95 ms | rounds (per second) | rounds (p50 ms) |"
    echo "|---|---|---|---|---|---|"
    echo "| with the access log | $zm | $zmp | $(median "${ZM_P95[@]}") | ${ZM_RATE[*]} | ${ZM_P50[*]} |"
    echo "| without (baseline, profile bench) | $zz | $zzp | $(median "${ZZ_P95[@]}") | ${ZZ_RATE[*]} | ${ZZ_P50[*]} |"
    echo
    # each round's pair ran back to back, so its ratio is less disturbed by load that drifts between rounds
    paren="$(python3 - "${ZM_P50[*]}" "${ZZ_P50[*]}" "${ZM_RATE[*]}" "${ZZ_RATE[*]}" <<'PY'
import statistics, sys
mp, zp, mr, zr = ([float(x) for x in a.split()] for a in sys.argv[1:5])
p50 = [100 * (m / z - 1) for m, z in zip(mp, zp) if z > 0]
rate = [100 * (1 - m / z) for m, z in zip(mr, zr) if z > 0]
print(f"p50 overhead per round {' · '.join(f'{x:+.0f}%' for x in p50)} (median {statistics.median(p50):+.1f}%); "
      f"throughput cost per round {' · '.join(f'{x:+.0f}%' for x in rate)} (median {statistics.median(rate):+.1f}%)")
PY
)"
    echo "Medians over rounds: throughput cost $(python3 -c "print(f'{100 * (1 - $zm / $zz):.1f}%' if $zz > 0 else '-')"), p50 overhead $(python3 -c "print(f'{100 * ($zmp / $zzp - 1):.1f}%' if $zzp > 0 else '-')"). Per round (with/without back to back): $paren. Target: overhead under 15%."
    echo
  } >>"$SUMMARY"
fi

if $HISTORIE; then
  start_app "$HISTORIE_MELDINGEN" "$RESULTS/app-historie-$STAMP.log"
  HMAP="$BENCH/target/historie"
  rm -rf "$HMAP"; mkdir -p "$HMAP"
  PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht"
  log "exporting $HISTORIE_MELDINGEN demo cases in the exchange format"
  java -Xmx512m -jar "$ROOT/target/toezicht.jar" export "$HMAP/export.jsonl" \
    --spring.datasource.url="$PG_URL" --spring.datasource.username=postgres --spring.profiles.active=demo \
    --logging.level.root=warn \
    | tee "$RESULTS/historie-export-$STAMP.log"
  log "history import against COPY: $RONDES rounds, import JVM -Xmx$HISTORIE_HEAP"
  timeout 14400 java -cp "$CP" -Durl="$PG_URL" -Duser=postgres -Dpassword= \
    -Dbestand="$HMAP/export.jsonl" -Djar="$ROOT/target/toezicht.jar" -Drondes="$RONDES" \
    -Dheap="$HISTORIE_HEAP" -Dmap="$HMAP" nl.toezicht.bench.HistorieBench | tee "$RESULTS/historie-$STAMP.log"
  declare -a HI_RATE HI_MS CO_RATE CO_MS CD_RATE RSS
  while read -r line; do
    HI_RATE+=("$(sed -E 's/.* import_per_s=([0-9]+).*/\1/' <<<"$line")")
    HI_MS+=("$(sed -E 's/.* import_ms=([0-9]+).*/\1/' <<<"$line")")
    CO_RATE+=("$(sed -E 's/.* copy_per_s=([0-9]+).*/\1/' <<<"$line")")
    CO_MS+=("$(sed -E 's/.* copy_ms=([0-9]+).*/\1/' <<<"$line")")
    CD_RATE+=("$(sed -E 's/.* copy_domein_per_s=([0-9]+).*/\1/' <<<"$line")")
    RSS+=("$(sed -E 's/.* rss_kb=([0-9]+).*/\1/' <<<"$line")")
  done < <(grep '^HISTORIE' "$RESULTS/historie-$STAMP.log")
  regels="$(grep '^HISTORIE' "$RESULTS/historie-$STAMP.log" | head -1 | sed -E 's/.* regels=([0-9]+).*/\1/')"
  hi="$(median "${HI_RATE[@]}")"; co="$(median "${CO_RATE[@]}")"; cd="$(median "${CD_RATE[@]}")"
  {
    echo "## Historie-import ($regels lines: providers, $HISTORIE_MELDINGEN notifications, their cases)"
    echo
    echo "| | lines per second (median) | rounds (lines per second) |"
    echo "|---|---|---|"
    echo "| import command (JVM -Xmx$HISTORIE_HEAP; its own duration: read, judge, COPY, reconcile, commit) | $hi | ${HI_RATE[*]} |"
    echo "| plain COPY of the same rows into the same tables, incl. historie.herkomst | $co | ${CO_RATE[*]} |"
    echo "| plain COPY, the domain tables only | $cd | ${CD_RATE[*]} |"
    echo
    echo "Import / COPY: **$(python3 -c "print(f'{100 * $hi / $co:.0f}%')")** (incl. herkomst), $(python3 -c "print(f'{100 * $hi / $cd:.0f}%')") (domain tables only); target at least 25%."
    echo "Peak resident memory of the import JVM (kB, per round): ${RSS[*]}."
    echo
  } >>"$SUMMARY"
  stop_app
fi

log "done: $SUMMARY"
cat "$SUMMARY"
