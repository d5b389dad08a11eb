package dev.facet.scenarios.library;

import dev.facet.engine.scene.AssetSource;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The files of an asset folder that match a glob, in one fixed order: their paths relative to
 * the folder, '/'-separated, sorted by UTF-16 code unit (so every machine lists the same folder
 * the same way, whatever the file system's own order). The folder is an absolute path or a
 * class-path folder ({@code classpath:/...}, also inside a jar). Hidden files and folders (names
 * starting with '.') are skipped; symbolic links to folders are not followed. The glob is Java's
 * ({@code *} within a name, {@code **} across folders, {@code {a,b}}), matched against the
 * relative path; a leading {@code **}{@code /} also matches files at the top of the folder.
 */
public final class AssetFolder {
    /** The most files one folder listing may hold: a larger one is refused, not walked forever. */
    public static final int MAX_FILES = 100_000;
    /** The deepest folder a listing descends into. */
    public static final int MAX_DEPTH = 32;

    private AssetFolder() {
    }

    /**
     * The sources (absolute paths or {@code classpath:/...}) of the files under {@code folder}
     * whose relative path matches {@code glob}, in order.
     *
     * @throws IOException naming what is wrong: no such folder, not a folder, a bad glob, too many files
     */
    public static List<String> list(String folder, String glob) throws IOException {
        PathMatcher[] matchers = matchers(glob);
        if (AssetSource.onClassPath(folder)) {
            return onClassPath(folder, matchers);
        }
        Path root = Path.of(folder);
        if (!Files.exists(root)) {
            throw new NoSuchFileException("no such folder");
        }
        if (!Files.isDirectory(root)) {
            throw new IOException("not a folder");
        }
        List<String> out = new ArrayList<>();
        for (String rel : walk(root, matchers)) {
            out.add(root.resolve(rel).toAbsolutePath().normalize().toString());
        }
        return out;
    }

    /** The name of the folder's last element (for assets at its top, under {@code category: folder}). */
    public static String name(String folder) {
        String f = AssetSource.onClassPath(folder) ? AssetSource.resource(folder) : folder;
        f = f.replaceAll("[/\\\\]+$", "");
        int slash = Math.max(f.lastIndexOf('/'), f.lastIndexOf('\\'));
        return f.substring(slash + 1);
    }

    /** The path of {@code source} relative to {@code folder}, '/'-separated. */
    public static String relative(String folder, String source) {
        String f = folder.replaceAll("[/\\\\]+$", "");
        return source.substring(f.length()).replace('\\', '/').replaceFirst("^/+", "");
    }

    private static List<String> onClassPath(String folder, PathMatcher[] matchers) throws IOException {
        String resource = AssetSource.resource(folder).replaceAll("/+$", "");
        URL url = AssetFolder.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new NoSuchFileException("no such folder on the classpath");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("cannot list " + url + ": " + e.getMessage(), e);
        }
        List<String> rels;
        if (uri.getScheme().equals("jar")) {
            rels = walk(jar(uri).provider().getPath(uri), matchers);
        } else {
            rels = walk(Path.of(uri), matchers);
        }
        String base = AssetSource.CLASSPATH + "/" + resource + "/";
        return rels.stream().map(r -> base + r).toList();
    }

    /** The (shared, open) file system of the jar {@code uri} lies in. */
    private static synchronized FileSystem jar(URI uri) throws IOException {
        try {
            return FileSystems.getFileSystem(uri);
        } catch (FileSystemNotFoundException e) {
            return FileSystems.newFileSystem(uri, Map.of());
        }
    }

    private static List<String> walk(Path root, PathMatcher[] matchers) throws IOException {
        List<String> rels = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (++seen > MAX_FILES) {
                    throw new IOException("the folder holds more than " + MAX_FILES + " files and folders");
                }
                Path rel = root.relativize(p);
                String r = rel.toString().replace('\\', '/');
                if (r.isEmpty() || hidden(r) || !Files.isRegularFile(p)) {
                    continue;
                }
                Path relFs = Path.of(r);
                for (PathMatcher m : matchers) {
                    if (m.matches(relFs)) {
                        rels.add(r);
                        break;
                    }
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IOException("cannot list the folder: " + e.getCause().getMessage(), e.getCause());
        }
        rels.sort(null);
        return rels;
    }

    private static boolean hidden(String rel) {
        for (String part : rel.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a relative path ('/'-separated) matches {@code glob}, as a listing matches it. */
    public static java.util.function.Predicate<String> glob(String glob) throws IOException {
        PathMatcher[] matchers = matchers(glob);
        return rel -> {
            Path p = Path.of(rel);
            for (PathMatcher m : matchers) {
                if (m.matches(p)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static PathMatcher[] matchers(String glob) throws IOException {
        try {
            PathMatcher whole = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (glob.startsWith("**/")) {
                PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
                return new PathMatcher[] {whole, top};
            }
            return new PathMatcher[] {whole};
        } catch (PatternSyntaxException e) {
            throw new IOException("not a valid glob pattern '" + glob + "': " + e.getDescription());
        }
    }
}
