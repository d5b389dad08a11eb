package dev.facet.cli;

import dev.facet.exporters.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Brings the parts of a dataset written into another folder into the merged one: every file
 * (but locks and temporaries) appears at the same place, hard-linked when both folders share
 * a file system, copied otherwise, each atomically. The source folder is left as it was, so a
 * merge can run again.
 */
final class PartsLinker {
    private PartsLinker() {
    }

    /** Returns how many files were brought over. */
    static long link(Path from, Path into) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Path locks = from.resolve(DatasetParts.FOLDER).resolve("locks");
        long n = 0;
        for (Path f : files) {
            if (f.startsWith(locks) || AtomicFiles.isTemporary(f.getFileName().toString())) {
                continue;
            }
            Path target = into.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            if (Files.exists(target) && Files.isSameFile(f, target)) {
                continue;
            }
            Path temp = target.resolveSibling("." + target.getFileName() + ".tmp-merge");
            Files.deleteIfExists(temp);
            try {
                Files.createLink(temp, f);
            } catch (FileSystemException | UnsupportedOperationException otherDevice) {
                Files.copy(f, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            n++;
        }
        return n;
    }
}
