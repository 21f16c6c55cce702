#!/usr/bin/env bash
# Runs a quick version of the JMH benchmarks (about ten minutes) and writes benchmarks/RESULTS.md.
#
#   benchmarks/run.sh                 # every benchmark, quick settings
#   benchmarks/run.sh Directional     # only benchmarks whose name matches a regular expression
#   JMH_ARGS="-wi 3 -i 5 -r 2" benchmarks/run.sh   # other settings, one JMH run
#
# By default the exhaustive check of the two smallest layers (10² and 10³ parameters, whose checks
# take microseconds to a millisecond) runs in steady state (2 forks, 5 warm-up and 5 measured
# iterations of 1 s): one second of warm-up leaves C2 half-way there. Everything else gets one
# fork, one warm-up and two measured iterations. Needs only Java 17 and Maven. The raw JSON stays
# in benchmarks/target/jmh-results*.json.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -pl benchmarks -am package -DskipTests
JAR=benchmarks/target/benchmarks.jar
QUICK="-f 1 -wi 1 -w 1 -i 2 -r 1"
STEADY="-f 2 -wi 5 -w 1 -i 5 -r 1"
JSONS=()
COMMANDS=()

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }

# jmh <json> <args...>: one JMH run with the GC profiler, its JSON kept for the report.
jmh() {
  local json="$1"
  shift
  local command="java -jar $JAR $* -prof gc -rf json -rff $json"
  echo "$command"
  COMMANDS+=("$command")
  JSONS+=("$json")
  java -jar "$JAR" "$@" -prof gc -rf json -rff "$json"
}

BEFORE="$(load)"
if [[ $# -eq 0 && -z "${JMH_ARGS:-}" ]]; then
  # shellcheck disable=SC2086
  jmh benchmarks/target/jmh-results-small.json 'ExhaustiveBenchmark' -p params=100,1000 $STEADY
  # shellcheck disable=SC2086
  jmh benchmarks/target/jmh-results-large.json 'ExhaustiveBenchmark' -p params=10000,100000 $QUICK
  # shellcheck disable=SC2086
  jmh benchmarks/target/jmh-results.json '(Parallel|Directional|Network)Benchmark' $QUICK
else
  # shellcheck disable=SC2086
  jmh benchmarks/target/jmh-results.json "${1:-.*Benchmark.*}" ${JMH_ARGS:-$QUICK}
fi
LOAD="load average (1, 5, 15 min) before the run: $BEFORE; after: $(load)"
COMMAND="$(printf '%s; ' "${COMMANDS[@]}")"
java -cp "$JAR" org.gradcheck4j.benchmarks.Report "$(IFS=,; echo "${JSONS[*]}")" benchmarks/RESULTS.md \
  "${COMMAND%; }" "$LOAD"
echo "wrote benchmarks/RESULTS.md"
