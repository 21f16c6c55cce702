package org.gradcheck4j.reports.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gradcheck4j.results.RecordedCheck;

/**
 * Groups a run's checks by layer and test (the test method, all its invocations together), worst
 * group first, each group's checks worst first.
 */
final class Groups {

    /** A layer checked in one test method. */
    record Group(String layer, String test, List<RecordedCheck> checks) {

        RecordedCheck worst() {
            return checks.get(0);
        }
    }

    private static final Pattern INVOCATION = Pattern.compile("/\\[[a-z-]*invocation:[^\\]]*]$");
    private static final String SEPARATOR = " › ";

    private Groups() {
    }

    static List<Group> of(List<RecordedCheck> checks) {
        Map<List<String>, List<RecordedCheck>> byKey = new LinkedHashMap<>();
        for (RecordedCheck c : worstFirst(checks)) {
            byKey.computeIfAbsent(List.of(c.layer(), testKey(c)), k -> new ArrayList<>()).add(c);
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, members) -> groups.add(new Group(key.get(0), testName(members.get(0)), members)));
        return groups;
    }

    /** The checks ordered: needing attention first, then worst verdict, largest relative error (NaN first). */
    static List<RecordedCheck> worstFirst(List<RecordedCheck> checks) {
        Comparator<RecordedCheck> attention = Comparator.comparing(c -> !Expectations.needsAttention(c));
        Comparator<RecordedCheck> byVerdict = Comparator.comparingInt(VerdictStyle::rank);
        Comparator<RecordedCheck> byError = Comparator.comparingDouble(
                c -> Double.isNaN(VerdictStyle.error(c)) ? Double.POSITIVE_INFINITY : VerdictStyle.error(c));
        return checks.stream().sorted(attention.thenComparing(byVerdict.reversed()).thenComparing(byError.reversed())
                .thenComparing(RecordedCheck::layer).thenComparing(RecordedCheck::label)
                .thenComparing(RecordedCheck::id)).toList();
    }

    /** The test's unique id without its invocation: a template's invocations form one group. */
    static String testKey(RecordedCheck c) {
        return INVOCATION.matcher(c.testId()).replaceFirst("");
    }

    /** The test's display name without the invocation's part. */
    static String testName(RecordedCheck c) {
        String name = c.testName();
        if (INVOCATION.matcher(c.testId()).find() && name.contains(SEPARATOR)) {
            return name.substring(0, name.lastIndexOf(SEPARATOR));
        }
        return name.isEmpty() ? "(outside a JUnit test)" : name;
    }

    /** What identifies a check within its group: the invocation's name or the label. */
    static String within(RecordedCheck c) {
        String name = c.testName();
        String invocation = INVOCATION.matcher(c.testId()).find() && name.contains(SEPARATOR)
                ? name.substring(name.lastIndexOf(SEPARATOR) + SEPARATOR.length()) : "";
        if (c.label().isEmpty() || c.label().equals(invocation)) {
            return invocation.isEmpty() ? c.id() : invocation;
        }
        return c.label();
    }
}
