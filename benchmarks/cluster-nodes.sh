#!/usr/bin/env bash
# 20,000 WebSocket connections over two channels4j servers on a local Redis Cluster (three masters,
# three replicas): 10,000 per server over 1,000 rooms (/rooms/rN, 10 members per room per server),
# then broadcasts delivered to every member on both servers. Everything on 127.0.0.1, every wait
# bounded (5 minutes at most each).
#
#   benchmarks/cluster-nodes.sh                          # 10,000 broadcasts at 500/s per server
#   RATE=2000 MESSAGES=40000 benchmarks/cluster-nodes.sh # the same 20 s at 4x the rate
#   REDIS=standalone benchmarks/cluster-nodes.sh         # one redis-server instead, to compare
#
# One load process per server (a process may hold 20,000 files here): each opens its server's
# connections, fences them, reads the server's heap and RSS per connection, writes a ready file and
# waits for the go file, which this script creates once both are ready and the sharded
# subscriptions are counted; then both send, each from its own members. Prints the subscriptions
# and each load process's JSON line, and appends them to target/cluster-nodes.jsonl.
#
# Build first: ./mvnw -q -pl benchmarks -am package -DskipTests
set -euo pipefail
cd "$(dirname "$0")"
jar=target/channels4j-benchmarks.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q -pl benchmarks -am package -DskipTests" >&2; exit 2; }
connections=${CONNECTIONS:-10000} # per server
rooms=${ROOMS:-1000}
messages=${MESSAGES:-10000} # per server
rate=${RATE:-500}           # broadcasts per second per server
idle=${IDLE:-5}             # seconds the connections are held without traffic, CPU read
port_a=${PORT:-9400}
port_b=$((port_a + 2)) # each server's stats are on its port + 1
work=target/cluster-nodes
results=target/cluster-nodes.jsonl
rm -rf "$work"
mkdir -p "$work"

pids=()
stop_all() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_all EXIT

await() { # shell-condition
  for _ in $(seq 3000); do
    if eval "$1"; then return 0; fi
    sleep 0.1
  done
  echo "not within 5 minutes: $1 (logs in benchmarks/$work)" >&2
  exit 1
}

redis=${REDIS:-cluster}
if [ "$redis" = standalone ]; then
  java -jar "$jar" redis --port $((port_a + 10)) > "$work/redis.log" 2>&1 &
else
  java -jar "$jar" redis-cluster > "$work/redis.log" 2>&1 &
fi
pids+=($!)
await "grep -q '^redis.* on ' $work/redis.log"
broker=$(sed -n 's/^redis.* on //p' "$work/redis.log")
for port in $port_a $port_b; do
  java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -jar "$jar" channels4j --port "$port" \
    --broker "$broker?prefix=nodes:" > "$work/server-$port.log" 2>&1 &
  pids+=($!)
done
for port in $port_a $port_b; do
  await "grep -q 'channels4j server on' $work/server-$port.log"
done

loads=()
for port in $port_a $port_b; do
  java -jar "$jar" load rooms --port "$port" --connections "$connections" --rooms "$rooms" \
    --messages "$messages" --rate "$rate" --senders 2 --idle "$idle" \
    --ready-file "$work/ready-$port" --go-file "$work/go" \
    > "$work/load-$port.json" 2> "$work/load-$port.log" &
  loads+=($!)
  pids+=($!)
done
await "[ -f $work/ready-$port_a ] && [ -f $work/ready-$port_b ]"
if [[ $broker == redis-cluster://* ]]; then
  java -jar "$jar" shard-subscriptions --cluster "$broker" --pattern 'nodes:{room:rooms:*' \
    | sed "s/^{/{\"redis\":\"$redis\",/" | tee -a "$results"
fi
uptime
touch "$work/go"
for pid in "${loads[@]}"; do
  wait "$pid"
done
cat "$work/load-$port_a.json" "$work/load-$port_b.json" \
  | sed "s/^{/{\"redis\":\"$redis\",/" | tee -a "$results"
uptime
