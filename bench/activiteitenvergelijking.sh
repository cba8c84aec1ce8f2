#!/usr/bin/env bash
# Before/after of the inspector's list /inspecties on the same database in one run (docs/PERFORMANCE.md, "The
# inspector's list of activities"). Expects the application of BEFORE already running on its embedded PostgreSQL
# at PG_PORT with the bench data (bench/run.sh --activiteiten's start and ActiviteitenBench -Dvullen=100000),
# app on VOOR_PORT; starts the jar AFTER on NA_PORT against that database (its migrations apply there).
#   phase 1: rounds of the raw SQL (300 rows and the paged 51) and Gatling on BEFORE
#   phase 2: the same with Gatling on AFTER and on BEFORE (which now has AFTER's indexes too)
# Usage: bench/activiteitenvergelijking.sh NA_JAR VOOR_PORT NA_PORT NA_MGMT_PORT PG_PORT [RONDES] [DUUR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BENCH="$ROOT/bench"
NA_JAR="$1"; VOOR_PORT="$2"; NA_PORT="$3"; NA_MGMT="$4"; PG_PORT="$5"; RONDES="${6:-3}"; DUUR="${7:-30}"
CP="$BENCH/target/classes:$(cat "$BENCH/target/classpath.txt")"
URL="jdbc:postgresql://127.0.0.1:$PG_PORT/toezicht"
log() { echo "[vergelijking $(date -u +%H:%M:%S)] $*"; }

gatling() { # gatling PORT DUUR -> "ok ko p50 p95 p99"
  timeout $(($2 + 300)) "$ROOT/mvnw" -B -q -o -f "$BENCH/pom.xml" gatling:test \
    -Dgatling.simulationClass=nl.toezicht.bench.ActiviteitenSimulation \
    -Dbasis="http://127.0.0.1:$1" -Dgebruikers=4 -Dduur="$2" >/dev/null 2>&1 || true
  local dir; dir="$(ls -dt "$BENCH/target/gatling/activiteitensimulation"-* | head -1)"
  python3 - "$dir/js/stats.js" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
g = lambda k, w: re.search(r'"%s":\s*\{[^}]*?"%s":\s*"([^"]*)"' % (k, w), t).group(1)
print(g("numberOfRequests", "ok"), g("numberOfRequests", "ko"), g("percentiles1", "ok"), g("percentiles2", "ok"), g("percentiles3", "ok"))
PY
}
ruw() { java -cp "$CP" -Durl="$URL" -Dlimiet="$1" nl.toezicht.bench.ActiviteitenBench 2>/dev/null; }

log "load $(cut -d' ' -f1-3 /proc/loadavg); phase 1: before, warm-up"
gatling "$VOOR_PORT" 20 >/dev/null
for r in $(seq 1 "$RONDES"); do
  echo "phase1 round $r raw300 $(ruw 300) raw51 $(ruw 51) voor $(gatling "$VOOR_PORT" "$DUUR") load $(cut -d' ' -f1 /proc/loadavg)"
done
log "starting the after jar on $NA_PORT against the same database"
java -Xms1g -Xmx1g -jar "$NA_JAR" --server.address=127.0.0.1 --server.port="$NA_PORT" \
  --management.server.address=127.0.0.1 --management.server.port="$NA_MGMT" \
  --spring.datasource.url="$URL" --spring.datasource.username=postgres --spring.datasource.password= \
  --toezicht.bijlagen.map="$BENCH/target/bijlagen" --spring.profiles.active=demo --spring.thymeleaf.cache=true \
  --toezicht.snelheidslimiet.aan=false >"$BENCH/target/vergelijking-na.log" 2>&1 &
NA_PID=$!
trap 'kill -TERM $NA_PID 2>/dev/null || true' EXIT
until curl -fsS "http://127.0.0.1:$NA_MGMT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $NA_PID || { echo "after jar stopped" >&2; exit 1; }
  sleep 2
done
log "phase 2: after and before, warm-up"
gatling "$NA_PORT" 20 >/dev/null
for r in $(seq 1 "$RONDES"); do
  echo "phase2 round $r raw300 $(ruw 300) raw51 $(ruw 51) na $(gatling "$NA_PORT" "$DUUR") voor $(gatling "$VOOR_PORT" "$DUUR") load $(cut -d' ' -f1 /proc/loadavg)"
done
