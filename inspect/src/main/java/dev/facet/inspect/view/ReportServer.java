package dev.facet.inspect.view;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.facet.inspect.dataset.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves a report on 127.0.0.1 only: the page at {@code /}, each frame's pictures made on demand
 * from the dataset at {@code /report_files/NNNNNN/NAME}, and the dataset's own files read-only
 * at {@code /dataset/PATH}. Nothing outside the dataset folder is served: see {@link SafePaths}.
 */
public final class ReportServer implements AutoCloseable {
    static final String FILES = "report_files";
    private static final Pattern PICTURE = Pattern.compile("/" + FILES + "/(\\d{6,})/([a-z]+\\.(?:png|jpg))");
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg", "json",
            "application/json", "npy", "application/octet-stream", "html", "text/html; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "yaml", "text/plain; charset=utf-8");

    private final Dataset dataset;
    private final byte[] page;
    private final Set<Long> frames;
    private final HttpServer server;

    private ReportServer(Dataset dataset, byte[] page, HttpServer server) {
        this.dataset = dataset;
        this.page = page;
        this.frames = new HashSet<>(dataset.frames());
        this.server = server;
    }

    /** Starts serving; {@code port} 0 picks a free one. */
    public static ReportServer start(Dataset dataset, int port, ViewOptions options) throws IOException {
        List<Long> grid = FrameSample.of(dataset.frames(), options.sample());
        String html = ReportPage.html(ReportModel.of(dataset, grid, FILES, options.eval(), true),
                ReportWriter.title(dataset));
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        ReportServer s = new ReportServer(dataset, html.getBytes(StandardCharsets.UTF_8), http);
        http.createContext("/", s::handle);
        http.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "facet-view-http");
            t.setDaemon(true);
            return t;
        }));
        http.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(ex, 405, "text/plain", "only GET and HEAD".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (raw == null || raw.contains("..") || raw.contains("//")) {
                refuse(ex);
                return;
            }
            route(ex, raw);
        } catch (IOException | RuntimeException e) {
            send(ex, 500, "text/plain", ("error: " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void route(HttpExchange ex, String raw) throws IOException {
        if (raw.equals("/") || raw.equals("/index.html")) {
            send(ex, 200, TYPES.get("html"), page);
            return;
        }
        Matcher m = PICTURE.matcher(raw);
        if (m.matches()) {
            long frame = Long.parseLong(m.group(1));
            byte[] bytes = frames.contains(frame) && FrameImages.NAMES.contains(m.group(2))
                    ? FrameImages.render(dataset, frame, m.group(2)) : null;
            sendOrMissing(ex, bytes, m.group(2));
            return;
        }
        if (raw.startsWith("/dataset/")) {
            SafePaths.Result r = SafePaths.resolve(dataset.root(), raw.substring("/dataset/".length()));
            if (r instanceof SafePaths.Refused) {
                refuse(ex);
            } else if (r instanceof SafePaths.Found f) {
                sendOrMissing(ex, Files.readAllBytes(f.file()), f.file().getFileName().toString());
            } else {
                sendOrMissing(ex, null, "");
            }
            return;
        }
        sendOrMissing(ex, null, "");
    }

    private static void sendOrMissing(HttpExchange ex, byte[] bytes, String name) throws IOException {
        if (bytes == null) {
            send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        send(ex, 200, TYPES.getOrDefault(extension, "application/octet-stream"), bytes);
    }

    private static void refuse(HttpExchange ex) throws IOException {
        send(ex, 403, "text/plain", "forbidden".getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
