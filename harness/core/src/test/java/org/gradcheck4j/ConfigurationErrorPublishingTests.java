package org.gradcheck4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import org.gradcheck4j.internal.ResultListeners;
import org.junit.jupiter.api.Test;

/**
 * A configuration error (a missing {@code @Grad}, a wrong name, a wrong shape) is published as the
 * check of its class, with its message, before it is thrown: the report lists it as a check.
 */
class ConfigurationErrorPublishingTests {

    @Test
    void missingWronglyNamedAndWronglyShapedGradientsArePublishedWithTheirMessage() {
        Map<String, Object> layers = Map.of("missing @Grad", new ConfigurationErrorTests.ParamWithoutGrad(),
                "wrong name", new ConfigurationErrorTests.GradNamesNothing(),
                "wrong shape", new ConfigurationErrorTests.GradOfOtherShape());
        for (Map.Entry<String, Object> layer : layers.entrySet()) {
            List<Map.Entry<Class<?>, GradCheckConfigurationException>> published = new CopyOnWriteArrayList<>();
            BiConsumer<Class<?>, GradCheckConfigurationException> listener = (c, e) -> published.add(Map.entry(c, e));
            ResultListeners.registerConfigurationErrors(listener);
            try {
                GradCheckConfigurationException thrown = assertThrows(GradCheckConfigurationException.class,
                        () -> GradCheck.of(layer.getValue()).run(), layer.getKey());
                assertEquals(1, published.size(), layer.getKey());
                assertEquals(layer.getValue().getClass(), published.get(0).getKey(), layer.getKey());
                assertEquals(thrown, published.get(0).getValue(), "the very error that is thrown");
            } finally {
                ResultListeners.unregisterConfigurationErrors(listener);
            }
        }
    }

    @Test
    void aMutedThreadPublishesNothing() {
        List<Class<?>> published = new CopyOnWriteArrayList<>();
        BiConsumer<Class<?>, GradCheckConfigurationException> listener = (c, e) -> published.add(c);
        ResultListeners.registerConfigurationErrors(listener);
        try {
            ResultListeners.muted(() -> assertThrows(GradCheckConfigurationException.class,
                    () -> GradCheck.of(new ConfigurationErrorTests.ParamWithoutGrad())));
            assertEquals(List.of(), published);
        } finally {
            ResultListeners.unregisterConfigurationErrors(listener);
        }
    }
}
