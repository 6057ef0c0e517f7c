#!/usr/bin/env bash
# Runs the server under test and the hand-written Undertow baselines (raw, as a developer writes
# it; raw-tuned, as fast as such code gets) alternately, each pinned to core 0, with the load tool
# pinned to core 1, and prints each scenario's numbers as ratios to each baseline of the same round.
#
#   benchmarks/run.sh --quick          # one short round, about two minutes
#   benchmarks/run.sh                  # a warm-up pass, then 3 rounds
#   SERVERS="channels4j raw" benchmarks/run.sh
#   WARM_PASS=false benchmarks/run.sh  # the 3 rounds without the warm-up pass before them
#
# channels4j runs the bench channel's handlers on the I/O threads (they never block);
# channels4j-pool is the same server with handlers on the default executor; channels4j-before is
# channels4j from the jar BEFORE_JAR names (a build of the commit before), for an A/B in one run:
#   BEFORE_JAR=/tmp/before.jar SERVERS="channels4j channels4j-before raw-tuned" benchmarks/run.sh
#
# Each round also runs cross-node fan-out when channels4j is among the servers: two channels4j
# servers on one Redis (redis-server from PATH, else the binary in the embedded-redis jar), the
# sender on the first and the receivers on the second, all three pinned to core 0.
#
# Build first: ./mvnw -q -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
jar=target/channels4j-benchmarks.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q -pl benchmarks -am package -DskipTests" >&2; exit 2; }

quick=false
[ "${1:-}" = "--quick" ] && quick=true
servers=${SERVERS:-"channels4j channels4j-pool raw raw-tuned"}
if [[ " $servers " == *" channels4j-before "* && ! -f "${BEFORE_JAR:-}" ]]; then
  echo "channels4j-before needs BEFORE_JAR, the jar of the commit before" >&2
  exit 2
fi
port=${PORT:-9300}
results=target/bench-results.jsonl
: > "$results"
ulimit -n 65536 2>/dev/null || true

if $quick; then
  rounds=1; warmup=2; duration=4; idle=5000; warm_pass=false
else
  rounds=3; warmup=5; duration=10; idle=10000; warm_pass=${WARM_PASS:-true}
fi
# SCENARIOS="fanout --receivers 200 --rate 50;echo --clients 50 --rate 20000" runs only those
# (and not the cross-node step).
scenarios=(
  "echo --clients 50 --inflight 4"
  # Latency at a load both servers sustain: 20,000 requests/s from 50 clients.
  "echo --clients 50 --rate 20000"
  "fanout --receivers 200 --window 64"
  "fanout --receivers 1000 --window 64"
  "idle --connections $idle"
)
if ! $quick; then
  # Latency at loads every server sustains: 50 messages/s to 200 and to 1,000 receivers, 10 to 1,000.
  scenarios+=("fanout --receivers 200 --rate 50")
  scenarios+=("fanout --receivers 1000 --rate 50")
  scenarios+=("fanout --receivers 1000 --rate 10")
  # 10,000 held connections still getting broadcasts: 10 messages/s to every one of them.
  scenarios+=("fanout --receivers 10000 --rate 10")
fi

if [ -n "${SCENARIOS:-}" ]; then
  IFS=';' read -r -a scenarios <<< "$SCENARIOS"
fi

pids=()
stop_servers() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  pids=()
}
trap stop_servers EXIT

await_port() { # port log
  # 30 s: a server pre-touching its heap on a core shared with Redis and another server is slow.
  for _ in $(seq 300); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "nothing listens on $1; see $2" >&2
  exit 1
}

start() { # port log jar command...
  local at=$1 log=$2 server_jar=$3
  shift 3
  taskset -c 0 java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -jar "$server_jar" "$@" > "$log" 2>&1 &
  pids+=($!)
  await_port "$at" "$log"
}

record() { # round server load-arguments...
  local round=$1 server=$2
  shift 2
  line=$(taskset -c 1 java -jar "$jar" load "$@" --warmup "$warmup" --duration "$duration")
  echo "{\"round\":\"$round\",\"server\":\"$server\",${line#\{}" | tee -a "$results"
}

server_command() { # server-name
  case $1 in
    channels4j-pool) echo channels4j --handlers pool ;;
    channels4j-before) echo channels4j ;;
    *) echo "$1" ;;
  esac
}

server_jar() { # server-name
  if [ "$1" = channels4j-before ]; then echo "$BEFORE_JAR"; else echo "$jar"; fi
}

run_round() { # round-label
  # Servers take turns on each scenario, so the runs a ratio compares are minutes apart at most.
  for scenario in "${scenarios[@]}"; do
    for server in $servers; do
      # A fresh server per scenario, so idle heap and fan-out rooms start clean.
      start "$port" "target/server-$server.log" "$(server_jar "$server")" \
        $(server_command "$server") --port "$port"
      record "$1" "$server" $scenario --port "$port"
      stop_servers
    done
  done
  if [[ -z "${SCENARIOS:-}" && " $servers " == *" channels4j "* ]]; then
    local redis_port=$((port + 10)) node_b=$((port + 2))
    start "$redis_port" target/redis.log "$jar" redis --port "$redis_port"
    start "$port" target/server-node-a.log "$jar" channels4j --port "$port" \
      --broker "redis://127.0.0.1:$redis_port"
    start "$node_b" target/server-node-b.log "$jar" channels4j --port "$node_b" \
      --broker "redis://127.0.0.1:$redis_port"
    record "$1" channels4j fanout --receivers 200 --window 64 --port "$node_b" --send-port "$port"
    stop_servers
  fi
}

if $warm_pass; then
  run_round warmup
fi
for round in $(seq "$rounds"); do
  run_round "$round"
done
java -cp "$jar" io.channels4j.benchmarks.Report "$results" raw
if [[ " $servers " == *" raw-tuned "* ]]; then
  java -cp "$jar" io.channels4j.benchmarks.Report "$results" raw-tuned
fi
if [[ " $servers " == *" channels4j-before "* ]]; then
  java -cp "$jar" io.channels4j.benchmarks.Report "$results" channels4j-before
fi
