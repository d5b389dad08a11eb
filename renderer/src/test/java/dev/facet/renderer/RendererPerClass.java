package dev.facet.renderer;

import dev.facet.renderer.mirror.JmeMeshLibrary;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real {@link HeadlessRenderer} (one GL context) per test class: before the class's own
 * {@code @BeforeAll} methods it opens one into the class's static {@code HeadlessRenderer} field,
 * over the class's static {@code JmeMeshLibrary} field if it declares one (else a fresh library),
 * and after its {@code @AfterAll} methods closes it. Surefire runs the classes one after another
 * in one JVM, so only one context is open at a time.
 */
public final class RendererPerClass implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        Class<?> test = context.getRequiredTestClass();
        Field meshes = staticField(test, JmeMeshLibrary.class, false);
        JmeMeshLibrary library = meshes == null ? new JmeMeshLibrary() : (JmeMeshLibrary) meshes.get(null);
        staticField(test, HeadlessRenderer.class, true).set(null, HeadlessRenderer.open(null, library));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
        Field field = staticField(context.getRequiredTestClass(), HeadlessRenderer.class, true);
        HeadlessRenderer renderer = (HeadlessRenderer) field.get(null);
        if (renderer != null) {
            renderer.close();
            field.set(null, null);
        }
    }

    /** The one static field of {@code type} that {@code test} declares (null when none and not {@code required}). */
    private static Field staticField(Class<?> test, Class<?> type, boolean required) {
        List<Field> found = new ArrayList<>();
        for (Field f : test.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
                found.add(f);
            }
        }
        if (found.size() > 1 || (required && found.isEmpty())) {
            throw new IllegalStateException(test.getName() + " must declare exactly one static " + type.getSimpleName()
                    + " field for " + RendererPerClass.class.getSimpleName() + ", has " + found.size());
        }
        if (found.isEmpty()) {
            return null;
        }
        Field f = found.get(0);
        f.setAccessible(true);
        return f;
    }
}
