package dev.facet.inspect.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafePathsTest {
    @TempDir
    Path dir;

    @Test
    void findsFilesInsideAndRefusesEverythingElse() throws IOException {
        Path root = Files.createDirectories(dir.resolve("root")).toRealPath();
        Files.writeString(Files.createDirectories(root.resolve("meta")).resolve("000000.json"), "{}");
        Files.writeString(dir.resolve("outside.txt"), "no");
        Files.createSymbolicLink(root.resolve("out"), dir);
        Files.createSymbolicLink(root.resolve("in"), root.resolve("meta"));

        assertEquals(new SafePaths.Found(root.resolve("meta/000000.json")), SafePaths.resolve(root, "meta/000000.json"));
        assertEquals(new SafePaths.Found(root.resolve("meta/000000.json")), SafePaths.resolve(root, "in/000000.json"),
                "a link that stays inside is followed");
        assertInstanceOf(SafePaths.Missing.class, SafePaths.resolve(root, "meta/000001.json"));
        assertInstanceOf(SafePaths.Missing.class, SafePaths.resolve(root, "meta"), "a folder is not served");
        for (String bad : new String[] {"../outside.txt", "meta/../../outside.txt", "%2e%2e/outside.txt",
            "%2E%2E%2Foutside.txt", "/etc/passwd", "%2Fetc%2Fpasswd", "meta//000000.json", "./meta/000000.json",
            "out/outside.txt", "..%5coutside.txt", "meta/000000.json%00", "%252e%252e/outside.txt", "C:/x"}) {
            assertInstanceOf(SafePaths.Refused.class, SafePaths.resolve(root, bad), bad);
        }
    }
}
