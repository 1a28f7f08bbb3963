#!/usr/bin/env bash
# Prepares a faster start of the jar (issue 14.4; README "Start-up"; docs/benchmark.md "Start-up, third pass"):
# extracts it into DIR (DIR/spotcheck.jar + DIR/lib/) and makes the class cache for the `java` on the PATH with one
# training run, which starts the application context in a scratch directory (embedded H2 there) and exits:
#   JDK 25 or later: an AOT cache (JEP 483/514/515: classes loaded and linked, method profiles) -> DIR/spotcheck.aot
#   JDK 17-24:       an AppCDS archive (classes parsed and verified)                            -> DIR/spotcheck.jsa
# Usage: docs/tools/startup-cache.sh JAR DIR [java options of the later runs, e.g. -XX:+UseSerialGC -Xmx256m]
# The options are used for the training run as well: the cache is only taken by a JVM with the same GC.
# Run it again whenever the jar or the JDK changes; a stale cache is ignored with a warning and the JVM starts without it.
# Prints the command that starts the application with the cache.
set -euo pipefail
jar=$(readlink -f "$1"); dir=$2; shift 2
mkdir -p "$dir"; dir=$(readlink -f "$dir")
name=$(basename "$jar")
java -Djarmode=tools -jar "$jar" extract --force --destination "$dir" >/dev/null
feature=$(java -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
if [ "${feature%%.*}" -ge 25 ]; then
  cache=$dir/${name%.jar}.aot; train=(-XX:AOTCacheOutput="$cache"); use=(-XX:AOTCache="$cache")
else
  cache=$dir/${name%.jar}.jsa; train=(-XX:ArchiveClassesAtExit="$cache"); use=(-XX:SharedArchiveFile="$cache")
fi
rm -f "$cache"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# the embedded default, whatever the environment says (a training run must not touch a real database), on any free port
(cd "$scratch" && env -u SPRING_PROFILES_ACTIVE java "${train[@]}" "$@" -Dspring.context.exit=onRefresh \
    -jar "$dir/$name" --server.port=0 >"$scratch/training.log" 2>&1) \
  || { echo "training run failed:" >&2; tail -40 "$scratch/training.log" >&2; exit 1; }
[ -s "$cache" ] || { echo "no cache written:" >&2; tail -40 "$scratch/training.log" >&2; exit 1; }
echo "java ${use[*]} $* -jar $dir/$name"
