#!/usr/bin/env bash
# Runs the server under test and the raw Undertow baseline alternately, each pinned to core 0,
# with the load tool pinned to core 1, and prints each scenario's numbers as ratios to the
# baseline of the same round.
#
#   benchmarks/run.sh --quick          # one short round, about two minutes
#   benchmarks/run.sh                  # a warm-up pass, then 3 rounds
#   SERVERS="channels4j raw" benchmarks/run.sh
#
# Build first: mvn -q -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
jar=target/channels4j-benchmarks.jar
[ -f "$jar" ] || { echo "build first: mvn -q -pl benchmarks -am package -DskipTests" >&2; exit 2; }

quick=false
[ "${1:-}" = "--quick" ] && quick=true
servers=${SERVERS:-"channels4j raw"}
port=${PORT:-9300}
results=target/bench-results.jsonl
: > "$results"
ulimit -n 65536 2>/dev/null || true

if $quick; then
  rounds=1; warmup=3; duration=5; idle=5000; warm_pass=false
else
  rounds=3; warmup=5; duration=10; idle=10000; warm_pass=true
fi
scenarios=(
  "echo --clients 50 --inflight 4"
  "fanout --receivers 200 --window 64"
  "fanout --receivers 1000 --window 64"
  "idle --connections $idle"
)

server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap stop_server EXIT

start_server() { # name
  taskset -c 0 java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -jar "$jar" "$1" --port "$port" \
    > "target/server-$1.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "server $1 did not start; see target/server-$1.log" >&2
  exit 1
}

run_round() { # round-label
  for server in $servers; do
    for scenario in "${scenarios[@]}"; do
      # A fresh server per scenario, so idle heap and fan-out rooms start clean.
      start_server "$server"
      line=$(taskset -c 1 java -jar "$jar" load $scenario --port "$port" \
        --warmup "$warmup" --duration "$duration")
      stop_server
      echo "{\"round\":\"$1\",\"server\":\"$server\",${line#\{}" | tee -a "$results"
    done
  done
}

if $warm_pass; then
  run_round warmup
fi
for round in $(seq "$rounds"); do
  run_round "$round"
done
java -cp "$jar" io.channels4j.benchmarks.Report "$results" raw
