#!/usr/bin/env bash
# Runs a quick version of the JMH benchmarks (several minutes) and writes benchmarks/RESULTS.md.
#
#   benchmarks/run.sh                 # every benchmark, quick settings
#   benchmarks/run.sh Directional     # only benchmarks whose name matches a regular expression
#   JMH_ARGS="-wi 3 -i 5 -r 2" benchmarks/run.sh   # longer iterations
#
# Needs only Java 17 and Maven. The raw JSON stays in benchmarks/target/jmh-results.json.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -ntp -q -pl benchmarks -am package -DskipTests
JAR=benchmarks/target/benchmarks.jar
JSON=benchmarks/target/jmh-results.json
PATTERN="${1:-.*Benchmark.*}"
# shellcheck disable=SC2206
SETTINGS=(${JMH_ARGS:--f 1 -wi 1 -w 1 -i 2 -r 1})
COMMAND="java -jar $JAR $PATTERN ${SETTINGS[*]} -prof gc -rf json -rff $JSON"

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }

echo "$COMMAND"
BEFORE="$(load)"
java -jar "$JAR" "$PATTERN" "${SETTINGS[@]}" -prof gc -rf json -rff "$JSON"
LOAD="load average (1, 5, 15 min) before the run: $BEFORE; after: $(load)"
java -cp "$JAR" org.gradcheck4j.benchmarks.Report "$JSON" benchmarks/RESULTS.md "$COMMAND" "$LOAD"
echo "wrote benchmarks/RESULTS.md"
