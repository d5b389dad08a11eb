package dev.facet.cli;

import dev.facet.engine.IoErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The output folder of a run, checked before anything is rendered, so that a bad --out
 * leaves nothing behind and says why in one line.
 */
final class OutputFolder {
    /** The folder default output folders lie in: {@code out/<scenario>}. */
    static final Path DEFAULT_PARENT = Path.of("out");

    private OutputFolder() {
    }

    /**
     * {@code out} when given, else {@code out/<scenario>}; refuses an empty --out and a scenario name
     * that would put the default folder anywhere but directly inside {@code out/}.
     */
    static Path choose(Path out, String scenario) {
        if (out != null) {
            if (out.toString().isBlank()) {
                throw new UserError("--out must name a folder, got an empty path");
            }
            return out;
        }
        if (scenario.isBlank() || scenario.equals(".") || scenario.equals("..") || scenario.contains("/")
                || scenario.contains("\\") || scenario.indexOf('\0') >= 0) {
            throw new UserError("the scenario name '" + scenario + "' cannot name the default output folder "
                    + DEFAULT_PARENT + "/<name> (it would not lie inside " + DEFAULT_PARENT + "/): "
                    + "pass --out DIR or rename the scenario");
        }
        return DEFAULT_PARENT.resolve(scenario);
    }

    /** Refuses a folder that cannot be created or written, naming the reason; writes nothing that stays. */
    static void checkWritable(Path dir) {
        Path absolute = dir.toAbsolutePath();
        Path existing = absolute;
        while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        BasicFileAttributes found;
        try {
            found = Files.readAttributes(existing, BasicFileAttributes.class);  // through symbolic links
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException && Files.isSymbolicLink(existing)
                    ? existing + ": a symbolic link to nothing" : IoErrors.describe(e);
            throw new UserError("cannot use --out " + dir + ": " + why);
        }
        if (!found.isDirectory()) {
            throw new UserError(existing.equals(absolute) ? "--out " + dir + " is a file, not a folder"
                    : "--out " + dir + " cannot be created: " + existing + " is a file, not a folder");
        }
        probe(dir, existing, existing.equals(absolute));
    }

    /** Creates and removes a hidden folder in {@code existing}: what the operating system says is the reason. */
    private static void probe(Path dir, Path existing, boolean isOut) {
        Path probe;
        try {
            probe = Files.createTempDirectory(existing, ".facet-probe-");
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "the file system there does not allow new folders"
                    : IoErrors.reason(e);
            throw new UserError(isOut ? "cannot write into --out " + dir + ": " + why
                    : "cannot create --out " + dir + " in " + existing + ": " + why);
        }
        try {
            Files.delete(probe);
        } catch (IOException e) {
            throw new UserError("cannot write into " + existing + ": " + IoErrors.describe(e));
        }
    }

    static void create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError("cannot create --out " + dir + ": " + IoErrors.describe(e));
        }
    }
}
