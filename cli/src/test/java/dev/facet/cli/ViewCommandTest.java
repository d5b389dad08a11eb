package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.facet.inspect.dataset.Dataset;
import dev.facet.inspect.view.ReportServer;
import dev.facet.inspect.view.ViewOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code facet view}: the written report and its pictures, sampling, usage errors, and the server's refusals. */
class ViewCommandTest {
    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void render() {
        data = dir.resolve("data");
        assertEquals(0, Facet.execute("run", "tabletop", "--frames", "5", "--width", "96", "--height", "72",
                "--out", data.toString()));
    }

    @Test
    void writesOnlyTheReportAndItsPicturesUnderOut() throws IOException {
        Path out = dir.resolve("only").resolve("view.html");
        Captured run = Captured.run("view", data.toString(), "--out", out.toString(), "--sample", "3");
        assertEquals(0, run.exitCode(), run.toString());
        try (Stream<Path> written = Files.list(out.getParent())) {
            assertEquals(List.of("view.html", "view_files"), written.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (Stream<Path> frames = Files.list(out.getParent().resolve("view_files"))) {
            assertEquals(List.of("000000", "000001", "000003"), frames.map(p -> p.getFileName().toString()).sorted().toList(),
                    "3 of 5 frames, evenly spread");
        }
        JsonNode model = embeddedData(Files.readString(out));
        assertEquals(3, model.path("frames").size());
        assertEquals(5, model.path("dataset").path("frames").asInt());
        String html = Files.readString(out);
        assertFalse(html.contains("src=\"http"), "no network resource");
        assertTrue(html.contains("echarts"), "the chart library is inlined");
    }

    @Test
    void aFolderThatIsNotADatasetIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Captured run = Captured.run("view", empty.toString(), "--out", dir.resolve("x.html").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of("facet: error: " + empty + " is not a Facet dataset (no dataset.json and meta/ folder)"),
                run.errorLines());
        Captured missing = Captured.run("view", data.toString(), "--eval", dir.resolve("nope.json").toString());
        assertEquals(2, missing.exitCode(), missing.toString());
    }

    @Test
    void serverServesTheDatasetAndNothingOutsideIt() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(data.resolve("escape"), dir);
        try (ReportServer server = ReportServer.start(Dataset.open(data), 0, new ViewOptions(0, null))) {
            int port = server.port();
            assertEquals(200, status(port, "/"));
            assertEquals(200, status(port, "/report_files/000002/thumb.jpg"));
            assertEquals(200, status(port, "/report_files/000002/depth.png"));
            assertEquals(200, status(port, "/dataset/meta/000002.json"));
            assertEquals(404, status(port, "/report_files/000099/rgb.png"));
            assertEquals(404, status(port, "/dataset/meta/000099.json"));
            for (String attack : new String[] {"/dataset/../secret.txt", "/dataset/meta/../../secret.txt",
                "/dataset/%2e%2e/secret.txt", "/dataset/%2E%2E%2Fsecret.txt", "/dataset/meta%2f..%2f..%2fsecret.txt",
                "/dataset//" + outside.toString().substring(1), "/dataset/escape/secret.txt",
                "/report_files/../secret.txt", "/dataset/%252e%252e/secret.txt", "/dataset/..%5csecret.txt"}) {
                int code = status(port, attack);
                assertTrue(code == 403 || code == 404, attack + " answered " + code);
            }
            assertEquals(403, status(port, "/dataset/escape/secret.txt"), "a link out of the folder is refused");
        } finally {
            Files.delete(data.resolve("escape"));
        }
    }

    /** The status of a GET sent byte for byte as given (no client normalises the path). */
    static int status(int port, String rawPath) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String reply = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            Matcher m = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(reply);
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
    }

    static JsonNode embeddedData(String html) throws IOException {
        String open = "<script id=\"facet-data\" type=\"application/json\">";
        int start = html.indexOf(open) + open.length();
        return new ObjectMapper().readTree(html.substring(start, html.indexOf("</script>", start)).replace("<\\/", "</"));
    }
}
