package dev.facet.physics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads Bullet's native library (shipped inside the Minie jar) once per process: copies it
 * to a temporary file and loads it. Quiets Minie's logging, which reports every native object.
 */
final class NativeBullet {
    /** Held so the level set on it stays: JUL keeps loggers only weakly. */
    private static final Logger MINIE_LOG = Logger.getLogger("com.jme3.bullet");
    private static boolean loaded;

    private NativeBullet() {
    }

    static synchronized void load() {
        if (loaded) {
            return;
        }
        MINIE_LOG.setLevel(Level.WARNING);
        Logger.getLogger("jme3utilities").setLevel(Level.WARNING);
        String resource = "/native/" + platform() + "/libbulletjme.so";
        try (InputStream in = NativeBullet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no Bullet native library for this platform (" + resource + ")");
            }
            Path file = Files.createTempFile("facet-bulletjme", ".so");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            System.load(file.toString());
            com.jme3.bullet.util.NativeLibrary.setStartupMessageEnabled(false);  // facet prints only its own lines
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the Bullet native library", e);
        }
        loaded = true;
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            throw new IllegalStateException("physics runs on Linux only, this is " + os);
        }
        return arch.contains("aarch64") || arch.contains("arm64") ? "linux/arm64" : "linux/x86_64";
    }
}
