package org.gradcheck4j.internal.tensor;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.gradcheck4j.tensor.TensorAdapter;

/**
 * The registry of tensor adapters: every {@link TensorAdapter} on the class path, found once with
 * {@link ServiceLoader}, looked up by runtime class and cached. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TensorAdapters {

    private static final List<TensorAdapter> ADAPTERS = ServiceLoader.load(TensorAdapter.class,
            TensorAdapters.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
    private static final Map<Class<?>, Optional<TensorAdapter>> BY_TYPE = new ConcurrentHashMap<>();

    private TensorAdapters() {
    }

    /** The adapter for tensors of runtime class {@code type}, if any is registered. */
    public static Optional<TensorAdapter> forType(Class<?> type) {
        return BY_TYPE.computeIfAbsent(type, t -> {
            Optional<TensorAdapter> found = ADAPTERS.stream().filter(a -> a.supports(t)).findFirst();
            if (found.isEmpty()) {
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                found = ServiceLoader.load(TensorAdapter.class, context).stream().map(ServiceLoader.Provider::get)
                        .filter(a -> a.supports(t)).findFirst();
            }
            return found;
        });
    }

    /** The names of every supported type, for error messages. */
    public static String supportedTypes() {
        return "double[], double[][], float[], float[][], DMatrixRMaj, FMatrixRMaj, Lists or arrays of them,"
                + " or a type with a registered org.gradcheck4j.tensor.TensorAdapter";
    }
}
