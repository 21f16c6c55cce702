#!/bin/sh
# Dl4jCheckBenchmark (GradientCheckUtil against gradcheck4j's exhaustive, sampled and directional
# modes) and PlantedBugVerdicts, then the Deeplearning4j section of benchmarks/RESULTS.md (the rest
# of that file is benchmarks/run.sh's). From the project root:
#
#   sh nd4j/bench.sh        # every size (about 45 minutes on an idle 2-core machine)
#   sh nd4j/bench.sh -l     # only build nd4j's test classpath into nd4j/target/test-classpath.txt
#
# Each size gets the JMH settings its check time allows (a check of GradientCheckUtil at 94,000
# parameters takes minutes). JSON in nd4j/target/jmh-dl4j-*.json; peak resident memory of every
# JMH fork from /usr/bin/time. Memory bounded as docs/nd4j.md recommends (-Xmx768m, JavaCPP maxbytes
# 768m, maxphysicalbytes 1800m), in the forks (Dl4jCheckBenchmark's @Fork) and in PlantedBugVerdicts. ND4J's native ops run on one OpenMP thread for both checkers
# (OMP_NUM_THREADS=1): on a shared 2-core machine its worker threads otherwise wait on each other
# inside every small op, which made single checks vary tenfold.
set -e
mvn -B -ntp -q -pl nd4j -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
[ "$1" = "-l" ] && exit 0
CP="nd4j/target/test-classes:nd4j/target/classes:$(cat nd4j/target/test-classpath.txt)"
export OMP_NUM_THREADS=1
T=nd4j/target
BENCH=org.gradcheck4j.nd4j.bench
BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
COMMANDS=""
PEAK=0
jmh() { # jmh <name> <JMH args...>: one JMH run, its JSON kept, its peak memory noted
  name="$1"; shift
  COMMANDS="$COMMANDS; java -cp \$CP org.openjdk.jmh.Main $* -rf json -rff $T/jmh-dl4j-$name.json"
  /usr/bin/time -f %M -o "$T/peak-$name" java -cp "$CP" org.openjdk.jmh.Main "$@" -rf json -rff "$T/jmh-dl4j-$name.json"
  kb="$(tail -1 "$T/peak-$name")"; [ "$kb" -gt "$PEAK" ] && PEAK="$kb"
  return 0
}
jmh small 'Dl4jCheckBenchmark' -p params=700,7000 -f 3 -wi 1 -i 3
jmh 26k 'Dl4jCheckBenchmark' -p params=26000 -f 2 -wi 1 -i 3
jmh 94k-gcu 'Dl4jCheckBenchmark.gradientCheckUtil' -p params=94000 -f 1 -wi 0 -i 2
jmh 94k-fast 'Dl4jCheckBenchmark.(sampled|directional)' -p params=94000 -f 2 -wi 2 -i 5
# verdicts, evaluations and times of single checks, and one exhaustive check of each 94,000 network
/usr/bin/time -f %M -o "$T/peak-verdicts" java -Xmx768m -Dorg.bytedeco.javacpp.maxbytes=768m \
    -Dorg.bytedeco.javacpp.maxphysicalbytes=1800m -cp "$CP" $BENCH.PlantedBugVerdicts '700!' '7000!' 94000x \
    | tee $T/dl4j-verdicts.md
kb="$(tail -1 "$T/peak-verdicts")"; [ "$kb" -gt "$PEAK" ] && PEAK="$kb"
COMMANDS="$COMMANDS; java -Xmx768m (JavaCPP limits as the forks) -cp \$CP $BENCH.PlantedBugVerdicts 700! 7000! 94000x"
LOAD="load average (1, 5, 15 min) before: $BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CP" $BENCH.Dl4jReport "$T/jmh-dl4j-small.json,$T/jmh-dl4j-26k.json,$T/jmh-dl4j-94k-gcu.json,$T/jmh-dl4j-94k-fast.json" \
    $T/dl4j-verdicts.md "$PEAK" benchmarks/RESULTS.md "sh nd4j/bench.sh (CP: nd4j's test classpath)${COMMANDS}" "$LOAD" \
    "$(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' with uncommitted changes')"
echo "wrote the Deeplearning4j section of benchmarks/RESULTS.md"
