#!/bin/sh
# Runs Dl4jCheckBenchmark (GradientCheckUtil against gradcheck4j's modes) and writes its JSON to
# nd4j/target/jmh-dl4j.json. From the project root: sh nd4j/bench.sh [extra JMH options]
# e.g. sh nd4j/bench.sh -p params=700,7000,26000       (sizes; default all four)
set -e
mvn -B -ntp -q -pl nd4j -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="nd4j/target/test-classes:nd4j/target/classes:$(cat nd4j/target/test-classpath.txt)"
java -cp "$CP" org.openjdk.jmh.Main Dl4jCheckBenchmark -rf json -rff nd4j/target/jmh-dl4j.json "$@"
