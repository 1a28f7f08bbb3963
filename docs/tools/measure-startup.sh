#!/usr/bin/env bash
# Start-up figures of the embedded default (issue 14.4): wall time from `java -jar` to /actuator/health UP,
# the JVM's CPU seconds (user + system) and its RSS at that moment. Usage:
#   docs/tools/measure-startup.sh JAR PORT RUNS [extra java options...]
# Each run starts the jar in a fresh working directory (run 1: empty ./data, i.e. the first start that
# creates the schema and the demo data), then once more on the same ./data (a restart, the usual case).
# With SEED=/path/to/data it copies that ./data into each fresh directory and measures restarts only.
# Prints one line per start: kind, wall seconds, CPU seconds, RSS MiB.
set -euo pipefail
jar=$(readlink -f "$1"); port=$2; runs=$3; shift 3
ticks=$(getconf CLK_TCK)
start_once() { # $1 = kind, $2 = workdir; rest = java options
  local kind=$1 dir=$2; shift 2
  local t0 t1 pid code=000
  t0=$(date +%s.%N)
  (cd "$dir" && exec java -XX:+ExitOnOutOfMemoryError "$@" -jar "$jar" --server.port="$port" >"$dir/app-$kind.log" 2>&1) &
  pid=$!
  until [ "$code" = 200 ]; do
    sleep 0.1
    kill -0 "$pid" 2>/dev/null || { echo "app exited, see $dir/app-$kind.log" >&2; return 1; }
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health" || true)
  done
  t1=$(date +%s.%N)
  # the java process is the child of the subshell's exec: $pid is java itself
  read -r -a stat < "/proc/$pid/stat"
  local cpu rss
  cpu=$(echo "scale=1; (${stat[13]} + ${stat[14]}) / $ticks" | bc)
  rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status")
  printf '%-8s wall %5.1f s  cpu %5.1f s  rss %4d MiB\n' "$kind" "$(echo "$t1 - $t0" | bc)" "$cpu" "$rss"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d /tmp/sc-startup.XXXXXX)
  if [ -n "${SEED:-}" ]; then
    cp -r "$SEED" "$dir/data"
  else
    start_once first "$dir" "$@"
  fi
  start_once restart "$dir" "$@"
  rm -rf "$dir"
done
