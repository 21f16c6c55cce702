package org.gradcheck4j.internal.model;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the local-variable table that javac writes into a class file with {@code -g} (Maven's
 * default), for the names of a method's parameters when it was compiled without
 * {@code -parameters}. Only what that needs of the class-file format (JVMS §4) is read. Internal.
 */
final class LocalVariableTable {

    private final DataInputStream in;
    private final Map<Integer, String> utf8 = new HashMap<>();

    private LocalVariableTable(InputStream in) {
        this.in = new DataInputStream(in);
    }

    /** The names of local-variable slots at the start of {@code method}, when its class file has them. */
    static Optional<Map<Integer, String>> of(Method method) {
        Class<?> type = method.getDeclaringClass();
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        String descriptor = MethodType.methodType(method.getReturnType(), method.getParameterTypes())
                .toMethodDescriptorString();
        try (InputStream file = type.getResourceAsStream(resource)) {
            return file == null ? Optional.empty()
                    : new LocalVariableTable(file).slotsOf(method.getName(), descriptor);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Map<Integer, String>> slotsOf(String name, String descriptor) throws IOException {
        in.skipNBytes(8);                                          // magic, minor and major version
        constantPool();
        in.skipNBytes(6);                                          // access flags, this, super
        in.skipNBytes(2L * in.readUnsignedShort());                // interfaces
        for (int fields = in.readUnsignedShort(); fields > 0; fields--) {
            in.skipNBytes(6);
            skipAttributes();
        }
        for (int methods = in.readUnsignedShort(); methods > 0; methods--) {
            in.skipNBytes(2);
            boolean wanted = name.equals(utf8.get(in.readUnsignedShort()))
                    & descriptor.equals(utf8.get(in.readUnsignedShort()));
            for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
                String attribute = utf8.get(in.readUnsignedShort());
                int length = in.readInt();
                if (wanted && "Code".equals(attribute)) {
                    return code();
                }
                in.skipNBytes(length);
            }
        }
        return Optional.empty();
    }

    private void constantPool() throws IOException {
        int count = in.readUnsignedShort();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8.put(i, in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;                                           // a long or double takes two entries
                }
                default -> throw new IOException("unknown constant-pool tag " + tag);
            }
        }
    }

    private void skipAttributes() throws IOException {
        for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt() & 0xFFFFFFFFL);
        }
    }

    private Optional<Map<Integer, String>> code() throws IOException {
        in.skipNBytes(4);                                          // max stack, max locals
        in.skipNBytes(in.readInt() & 0xFFFFFFFFL);                 // the bytecode
        in.skipNBytes(8L * in.readUnsignedShort());                // exception table
        for (int attributes = in.readUnsignedShort(); attributes > 0; attributes--) {
            String attribute = utf8.get(in.readUnsignedShort());
            int length = in.readInt();
            if ("LocalVariableTable".equals(attribute)) {
                Map<Integer, String> slots = new HashMap<>();
                for (int entries = in.readUnsignedShort(); entries > 0; entries--) {
                    int start = in.readUnsignedShort();
                    in.skipNBytes(2);
                    String variable = utf8.get(in.readUnsignedShort());
                    in.skipNBytes(2);
                    int slot = in.readUnsignedShort();
                    if (start == 0) {
                        slots.put(slot, variable);
                    }
                }
                return Optional.of(slots);
            }
            in.skipNBytes(length);
        }
        return Optional.empty();
    }
}
