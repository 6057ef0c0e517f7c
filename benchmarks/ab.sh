#!/usr/bin/env bash
# Runs two builds of the bench server in turns on the same scenarios (A = this checkout's jar,
# B = another commit's), pinned as run.sh pins them, and prints server CPU per operation, user
# mode and total, for each run: a same-round A/B of a runtime change.
#
#   git worktree add /tmp/before <commit> && (cd /tmp/before && ./mvnw -q -pl benchmarks -am package -DskipTests)
#   benchmarks/ab.sh /tmp/before/benchmarks/target/channels4j-benchmarks.jar
#   ROUNDS=3 SERVERS="channels4j-pool channels4j" benchmarks/ab.sh <jar>
#   SERVERS="channels4j channels4j-metrics" benchmarks/ab.sh target/channels4j-benchmarks.jar
#                                      # metrics on against off, same jar, same rounds
set -euo pipefail
cd "$(dirname "$0")"
a=target/channels4j-benchmarks.jar
b=${1:?usage: ab.sh OTHER_JAR, the channels4j-benchmarks.jar of the other build}
rounds=${ROUNDS:-3}
servers=${SERVERS:-"channels4j-pool channels4j"}
warmup=${WARMUP:-5}
duration=${DURATION:-10}
port=${PORT:-9300}
scenarios=("echo --clients 50 --inflight 4" "fanout --receivers 200 --window 64")

pid=
stop() { [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; pid=; }
trap stop EXIT

run() { # label jar server scenario...
  local label=$1 jar=$2 server=$3
  shift 3
  local command=$server
  [ "$server" = channels4j-pool ] && command="channels4j --handlers pool"
  [ "$server" = channels4j-metrics ] && command="channels4j --metrics prometheus"
  taskset -c 0 java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -jar "$jar" $command --port "$port" \
    > "target/ab-$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 300); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
  line=$(taskset -c 1 java -jar "$a" load "$@" --port "$port" --warmup "$warmup" --duration "$duration")
  echo "{\"build\":\"$label\",\"server\":\"$server\",${line#\{}"
  stop
}

for round in $(seq "$rounds"); do
  for scenario in "${scenarios[@]}"; do
    for server in $servers; do
      run A "$a" "$server" $scenario
      run B "$b" "$server" $scenario
    done
  done
done
