package org.gradcheck4j.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * The source of every generated value: a sequence of integer choices, each in a range and each with
 * a simplest value (its minimum). Values come from a seed, from fuzzer bytes, or from a recorded
 * sequence being replayed and shrunk; every choice is recorded so that a case can be replayed.
 * Not thread-safe: one {@code Choices} per case.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Choices {

    /** One recorded choice; only shrinkable choices are moved toward their minimum. */
    record Choice(long min, long max, long value, boolean shrinkable) {
    }

    /** Where values come from. */
    private interface Source {
        long next(long min, long max, boolean shrinkable);
    }

    private final Source source;
    private final List<Choice> recorded = new ArrayList<>();

    private Choices(Source source) {
        this.source = source;
    }

    /**
     * Choices drawn at random from {@code seed}: the same seed gives the same choices. A tenth of
     * the shrinkable choices hit their minimum or maximum, so degenerate sizes come up often.
     *
     * @param seed any value
     * @return the choices
     */
    public static Choices seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return new Choices((min, max, shrinkable) -> {
            int edge = shrinkable ? random.nextInt(20) : 20;
            if (edge == 0) {
                return min;
            }
            if (edge == 1) {
                return max;
            }
            return max == Long.MAX_VALUE && min == Long.MIN_VALUE ? random.nextLong()
                    : min + random.nextLong(max - min + 1);
        });
    }

    /**
     * Choices read from fuzzer-chosen bytes (for example Jazzer's input): each choice consumes up to
     * eight bytes; when the bytes run out every further choice is its minimum.
     *
     * @param data the bytes. Not modified.
     * @return the choices
     */
    public static Choices fromBytes(byte[] data) {
        byte[] bytes = data.clone();
        int[] position = {0};
        return new Choices((min, max, shrinkable) -> {
            long range = max - min;
            int width = range < 0 ? 8 : Math.max(1, (Long.SIZE - Long.numberOfLeadingZeros(range) + 7) / 8);
            long raw = 0;
            for (int i = 0; i < width && position[0] < bytes.length; i++) {
                raw = (raw << 8) | (bytes[position[0]++] & 0xFF);
            }
            return range < 0 ? raw : min + Long.remainderUnsigned(raw, range + 1);
        });
    }

    /** Replays recorded values, clamped to each choice's range; beyond them, every choice is its minimum. */
    static Choices replaying(long[] values) {
        int[] position = {0};
        return new Choices((min, max, shrinkable) -> {
            int i = position[0]++;
            return i < values.length ? Math.max(min, Math.min(max, values[i])) : min;
        });
    }

    /**
     * An int in {@code [min, max]}; shrinks toward {@code min}.
     *
     * @param min the smallest value
     * @param max the largest value
     * @return the value
     * @throws IllegalArgumentException if {@code min > max}
     */
    public int between(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
        return (int) draw(min, max, true);
    }

    /**
     * One of {@code values}; shrinks toward the first.
     *
     * @param <T> the type of value
     * @param values one or more values, the simplest first
     * @return one of them
     */
    public <T> T oneOf(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one value");
        }
        return Objects.requireNonNull(values.get((int) draw(0, values.size() - 1, true)));
    }

    /** {@return a seed for filling tensors; replayed, never shrunk} */
    public long seed() {
        return draw(Long.MIN_VALUE, Long.MAX_VALUE, false);
    }

    /** The choices made so far, in order. */
    List<Choice> recorded() {
        return List.copyOf(recorded);
    }

    private long draw(long min, long max, boolean shrinkable) {
        long value = source.next(min, max, shrinkable);
        recorded.add(new Choice(min, max, value, shrinkable));
        return value;
    }
}
