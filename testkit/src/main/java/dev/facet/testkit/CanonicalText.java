package dev.facet.testkit;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * A canonical, lossless text of a value built from records, lists, maps, strings, numbers
 * and JOML vectors and matrices: doubles as {@link Double#toString} (exact round trip),
 * maps in their own order (order is part of the data). Used to pin scenes in golden tests
 * without going through any output format.
 *
 * <p>A record component that holds its type's {@code DEFAULT} constant (e.g. a scene's
 * default {@code Rendering}) is left out, so that a component added later with a default
 * leaves the texts of values that do not use it unchanged.
 * A null record component annotated {@code @OptionalField} (by that simple name) is left out too,
 * as the meta file leaves it out.
 */
public final class CanonicalText {
    private CanonicalText() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static Object component(Record r, RecordComponent part) {
        try {
            var accessor = part.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when {@code v} is a record equal to its own class's public static DEFAULT. */
    private static boolean isDefault(Object v) {
        if (!(v instanceof Record)) {
            return false;
        }
        try {
            var field = v.getClass().getField("DEFAULT");
            return java.lang.reflect.Modifier.isStatic(field.getModifiers()) && v.equals(field.get(null));
        } catch (NoSuchFieldException | IllegalAccessException e) {
            return false;
        }
    }

    private static boolean optional(RecordComponent part) {
        for (var a : part.getAnnotations()) {
            if (a.annotationType().getSimpleName().equals("OptionalField")) {
                return true;
            }
        }
        return false;
    }

    private static void append(StringBuilder out, Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof Enum<?>) {
            out.append(v);
        } else if (v instanceof CharSequence s) {
            out.append('"').append(s).append('"');
        } else if (v instanceof Record r) {
            out.append(r.getClass().getSimpleName()).append('(');
            RecordComponent[] parts = r.getClass().getRecordComponents();
            boolean first = true;
            for (RecordComponent part : parts) {
                Object value = component(r, part);
                if (isDefault(value) || (value == null && optional(part))) {
                    continue;
                }
                out.append(first ? "" : ", ").append(part.getName()).append('=');
                first = false;
                append(out, value);
            }
            out.append(')');
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            m.forEach((k, x) -> {
                append(out, k);
                out.append(':');
                append(out, x);
                out.append(',');
            });
            out.append('}');
        } else if (v instanceof Collection<?> c) {
            out.append('[');
            c.forEach(x -> {
                append(out, x);
                out.append(',');
            });
            out.append(']');
        } else if (v instanceof double[] a) {
            out.append(java.util.Arrays.toString(a));
        } else if (v instanceof int[] a) {
            out.append(java.util.Arrays.toString(a));
        } else if (v instanceof org.joml.Vector3dc p) {
            out.append("v(").append(p.x()).append(',').append(p.y()).append(',').append(p.z()).append(')');
        } else if (v instanceof org.joml.Matrix4dc m) {
            out.append("m").append(java.util.Arrays.toString(m.get(new double[16])));
        } else {
            throw new IllegalArgumentException("no canonical text for " + v.getClass().getName());
        }
    }
}
