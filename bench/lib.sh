#!/usr/bin/env bash
# Shared by the bench scripts (source it after setting ROOT and BENCH): build the application and the bench
# project, start the application jar on its own embedded PostgreSQL, wait for its readiness probe, stop it and
# the PostgreSQL it may leave behind when it had to be killed.

# bench_bouw true|false: package the application (unless false) and compile the bench project; sets CP.
bench_bouw() {
  if [[ "$1" == true ]]; then
    (cd "$ROOT" && "$ROOT/mvnw" -B -q -DskipTests package)
  fi
  "$ROOT/mvnw" -B -q -f "$BENCH/pom.xml" compile dependency:build-classpath \
    -Dmdep.outputFile="$BENCH/target/classpath.txt"
  CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"
}

# bench_start JAR HEAP APP_PORT MGMT_PORT PG_PORT PG_DIR BIJLAGEN LOGFILE [application arguments...]
# Starts the jar in the background with profile demo on loopback; sets STARTED_PID.
bench_start() {
  local jar="$1" heap="$2" app="$3" mgmt="$4" pg="$5" data="$6" bijlagen="$7" logfile="$8"
  shift 8
  java "-Xms$heap" "-Xmx$heap" -jar "$jar" \
    --server.address=127.0.0.1 --server.port="$app" \
    --management.server.address=127.0.0.1 --management.server.port="$mgmt" \
    --toezicht.embedded-postgres.data-directory="$data" --toezicht.embedded-postgres.port="$pg" \
    --toezicht.bijlagen.map="$bijlagen" \
    --spring.profiles.active=demo "$@" \
    >"$logfile" 2>&1 &
  STARTED_PID=$!
}

# bench_klaar PID MGMT_PORT LOGFILE [TIMEOUT_SECONDS]: waits for readiness UP; exits the script when the
# application stopped or did not get ready in time. Sets WAITED (seconds).
bench_klaar() {
  local pid="$1" mgmt="$2" logfile="$3" timeout="${4:-1800}"
  WAITED=0
  until curl -fsS "http://127.0.0.1:$mgmt/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $logfile" >&2; exit 1; }
    (( WAITED >= timeout )) && { echo "not ready after ${timeout}s; see $logfile" >&2; exit 1; }
    sleep 2
    WAITED=$((WAITED + 2))
  done
}

# bench_stop PID [PG_DIR]: TERM, then KILL after 60 s; a killed JVM leaves its PostgreSQL behind, so that one
# is stopped by the pid it wrote in PG_DIR.
bench_stop() {
  local pid="$1" data="${2:-}"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [[ -n "$data" && -f "$data/postmaster.pid" ]]; then
    local pg_pid
    pg_pid="$(head -1 "$data/postmaster.pid")"
    if [[ -n "$pg_pid" ]] && kill -0 "$pg_pid" 2>/dev/null; then kill -INT "$pg_pid" 2>/dev/null || true; sleep 3; fi
  fi
}
