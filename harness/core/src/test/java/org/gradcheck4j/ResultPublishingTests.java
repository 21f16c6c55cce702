package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.gradcheck4j.internal.ResultListeners;
import org.gradcheck4j.testlayers.Cube;
import org.junit.jupiter.api.Test;

/** Every finished check reaches the result listeners once, except on a muted thread. */
class ResultPublishingTests {

    @Test
    void everyRunIsPublishedOnceUnlessMuted() {
        List<GradCheckResult> seen = new CopyOnWriteArrayList<>();
        Consumer<GradCheckResult> listener = r -> {
            if (r.layer().equals(Cube.class.getName())) {
                seen.add(r);
            }
        };
        ResultListeners.register(listener);
        try {
            GradCheckResult published = GradCheck.of(new Cube(2.0)).label("published").run();
            ResultListeners.muted(() -> GradCheck.of(new Cube(3.0)).label("muted").run());
            GradCheck.of(new Cube(4.0)).label("published again").run();
            assertEquals(List.of("published", "published again"), seen.stream().map(GradCheckResult::label).toList());
            assertEquals(published, seen.get(0));
        } finally {
            ResultListeners.unregister(listener);
        }
    }
}
