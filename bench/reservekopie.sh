#!/usr/bin/env bash
# Backup and restore time of the embedded default on a database of N demo cases (issue 16; docs/PERFORMANCE.md
# "Backup and restore"). Uses target/toezicht.jar (or BENCH_JAR) as it is (build it first: ./mvnw -DskipTests package):
#   1. starts the application in a fresh data directory with the demo generator making N notifications with
#      their cases (default 1,000,000; waits for readiness),
#   2. per round: `backup <dir>` beside the running application (online base backup), timed,
#   3. stops the application; per round: `restore <dir>` into empty directories, timed, then the first start
#      on the restored directory until ready (PostgreSQL replays the WAL of the backup), timed, and
#      `verifieer-toegangslog` on it,
#   4. prints the sizes and the medians, appends them to bench/results/reservekopie.md, and deletes all data
#      directories and backups it made (several GB at 1,000,000 cases).
#   With --data DIR [--bijlagen DIR] it uses an existing data directory (e.g. one the demo generator filled
#   once) instead of generating, and leaves that directory as it found it.
#   Baseline in the same run: a plain copy of the same data directory with the server stopped (tar to a file
#   and back), the floor a file-level backup and restore cannot go below on this disk.
# Usage: bench/reservekopie.sh [--meldingen N] [--rondes N] [--data DIR [--bijlagen DIR]]
# Ports (another bench on the same machine): BENCH_APP_PORT (8090), BENCH_MGMT_PORT (8091), BENCH_PG_PORT (55442)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
WERK="$BENCH/target/reservekopie"
APP_PORT="${BENCH_APP_PORT:-8090}"
MGMT_PORT="${BENCH_MGMT_PORT:-8091}"
PG_PORT="${BENCH_PG_PORT:-55442}"
MELDINGEN=1000000
RONDES=1
READY_TIMEOUT=3600
JAR="${BENCH_JAR:-$ROOT/target/toezicht.jar}"
DATA=""
BIJLAGEN=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --meldingen) MELDINGEN="$2"; shift ;;
    --rondes) RONDES="$2"; shift ;;
    --data) DATA="$2"; shift ;;
    --bijlagen) BIJLAGEN="$2"; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done
[[ -f "$JAR" ]] || { echo "no $JAR: ./mvnw -DskipTests package" >&2; exit 1; }
mkdir -p "$RESULTS" "$WERK"
APP_PID=""
log() { echo "[reservekopie $(date -u +%H:%M:%S)] $*"; }
nu_ms() { date +%s%3N; }
median() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.argv[1:]]; print(f"{statistics.median(v):.1f}" if v else "-")' "$@"; }

# the application's settings for a data directory and a file directory
instellingen() {
  echo --toezicht.embedded-postgres.data-directory="$1" --toezicht.embedded-postgres.port=$PG_PORT \
    --toezicht.bijlagen.map="$2"
}

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
opruimen() { stop_app; rm -rf "$WERK"; }
trap opruimen EXIT INT TERM

# start_app DATA BIJLAGEN LOG [arguments...]: starts and waits until ready; GEREED: the seconds it took
# (not in a $(...) subshell: APP_PID must stay set here for stop_app)
GEREED=0
start_app() {
  local data="$1" bijlagen="$2" logfile="$3"
  shift 3
  local begin; begin=$(nu_ms)
  # shellcheck disable=SC2046
  java -Xms1g -Xmx1g -jar "$JAR" \
    --server.address=127.0.0.1 --server.port=$APP_PORT \
    --management.server.address=127.0.0.1 --management.server.port=$MGMT_PORT \
    $(instellingen "$data" "$bijlagen") --spring.profiles.active=demo --toezicht.snelheidslimiet.aan=false "$@" \
    >"$logfile" 2>&1 &
  APP_PID=$!
  until curl -fsS "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the application stopped; see $logfile" >&2; exit 1; }
    (( $(nu_ms) - begin < READY_TIMEOUT * 1000 )) || { echo "not ready; see $logfile" >&2; exit 1; }
    sleep 1
  done
  GEREED=$(( ($(nu_ms) - begin) / 1000 ))
}

# the command's own duration from its report ("...; 5312 ms"), without the JVM's start
eigen_ms() { sed -nE 's/.*; ([0-9]+) ms.*/\1/p' | tail -1; }

STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
if [[ -n "$DATA" ]]; then
  [[ -f "$DATA/PG_VERSION" ]] || { echo "no data directory at $DATA" >&2; exit 1; }
  PG="$DATA"
  BIJ="${BIJLAGEN:-$WERK/bijlagen}"
  mkdir -p "$BIJ"
  MELDINGEN="$(basename "$DATA") (existing)"
  log "starting on the existing data directory $DATA (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  start_app "$PG" "$BIJ" "$RESULTS/reservekopie-app-$STAMP.log" --toezicht.demo.genereren=false
else
  PG="$WERK/pg"
  BIJ="$WERK/bijlagen"
  log "generating $MELDINGEN demo cases (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  start_app "$PG" "$BIJ" "$RESULTS/reservekopie-app-$STAMP.log" --toezicht.demo.aantal-meldingen="$MELDINGEN"
fi
log "ready after ${GEREED}s; data directory $(du -sh "$PG" | cut -f1), file store $(du -sh "$BIJ" | cut -f1)"
grep -E "Demo data: [0-9]+ notifications" "$RESULTS/reservekopie-app-$STAMP.log" | sed 's/.*Demo data/  Demo data/' || true

declare -a BACKUP RESTORE START BACKUP_EIGEN RESTORE_EIGEN
for r in $(seq 1 "$RONDES"); do
  rm -rf "$WERK/kopie-$r"
  log "round $r: backup beside the running application (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  begin=$(nu_ms)
  # shellcheck disable=SC2046
  uit="$(java -Xmx256m -jar "$JAR" backup "$WERK/kopie-$r" $(instellingen "$PG" "$BIJ") 2>&1 | tail -3)"
  echo "$uit"
  BACKUP+=("$(( $(nu_ms) - begin ))")
  BACKUP_EIGEN+=("$(eigen_ms <<<"$uit")")
  log "  backup ${BACKUP_EIGEN[-1]} ms (${BACKUP[-1]} ms with the JVM), $(du -sh "$WERK/kopie-$r" | cut -f1)"
done
stop_app
# the baseline: the same bytes copied by tar with the server stopped (a cold file copy), and back
declare -a TAR_UIT TAR_IN
for r in $(seq 1 "$RONDES"); do
  rm -rf "$WERK/basis.tar" "$WERK/basis-terug"
  sync
  log "round $r: baseline, tar of the stopped data directory and file store (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  begin=$(nu_ms)
  tar -cf "$WERK/basis.tar" -C "$(dirname "$PG")" "$(basename "$PG")" -C "$(dirname "$BIJ")" "$(basename "$BIJ")"
  sync
  TAR_UIT+=("$(( $(nu_ms) - begin ))")
  mkdir -p "$WERK/basis-terug"
  begin=$(nu_ms)
  tar -xf "$WERK/basis.tar" -C "$WERK/basis-terug"
  sync
  TAR_IN+=("$(( $(nu_ms) - begin ))")
  log "  tar out ${TAR_UIT[-1]} ms, back in ${TAR_IN[-1]} ms, $(du -sh "$WERK/basis.tar" | cut -f1)"
  rm -rf "$WERK/basis.tar" "$WERK/basis-terug"
done
for r in $(seq 1 "$RONDES"); do
  rm -rf "$WERK/terug-pg" "$WERK/terug-bijlagen"
  log "round $r: restore into empty directories (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  begin=$(nu_ms)
  # shellcheck disable=SC2046
  uit="$(java -Xmx256m -jar "$JAR" restore "$WERK/kopie-$r" $(instellingen "$WERK/terug-pg" "$WERK/terug-bijlagen") 2>&1 | tail -3)"
  echo "$uit"
  RESTORE+=("$(( $(nu_ms) - begin ))")
  RESTORE_EIGEN+=("$(eigen_ms <<<"$uit")")
  log "  restore ${RESTORE_EIGEN[-1]} ms (${RESTORE[-1]} ms with the JVM); first start on it (WAL replay)"
  start_app "$WERK/terug-pg" "$WERK/terug-bijlagen" "$RESULTS/reservekopie-terug-$STAMP.log" --toezicht.demo.aantal-meldingen=0
  START+=("$GEREED")
  log "  ready after ${START[-1]} s"
  stop_app
  # shellcheck disable=SC2046
  java -Xmx256m -jar "$JAR" verifieer-toegangslog $(instellingen "$WERK/terug-pg" "$WERK/terug-bijlagen") \
    --toezicht.demo.aantal-meldingen=0 2>&1 | grep -E '^Toegangslog:' || echo "  the access log's chain was not verified (see above)"
  KOPIE_GROOTTE="$(du -sh "$WERK/kopie-$r" | cut -f1)"
  rm -rf "$WERK/terug-pg" "$WERK/terug-bijlagen" "$WERK/kopie-$r"
done

{
  echo "## Backup and restore $STAMP: $MELDINGEN demo cases, $RONDES round(s)"
  echo
  echo "Machine: $(nproc) cores, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "data directory $(du -sh "$PG" | cut -f1), backup ${KOPIE_GROOTTE:-?};"
  echo "backup (online, beside the application) median $(median "${BACKUP_EIGEN[@]}") ms (${BACKUP_EIGEN[*]}; with the JVM's start ${BACKUP[*]});"
  echo "restore median $(median "${RESTORE_EIGEN[@]}") ms (${RESTORE_EIGEN[*]}; with the JVM's start ${RESTORE[*]});"
  echo "first start after restore until ready (WAL replay included) median $(median "${START[@]}") s (${START[*]});"
  echo "baseline (tar of the stopped directories) out median $(median "${TAR_UIT[@]}") ms (${TAR_UIT[*]}), back in median $(median "${TAR_IN[@]}") ms (${TAR_IN[*]})."
  echo
} | tee -a "$RESULTS/reservekopie.md"
