package dev.facet.inspect.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The report as one HTML document needing no network: the page's own style and script and the
 * chart library (echarts, from its WebJar on the class path) inlined, and the report's data
 * embedded as JSON. Pictures of frames are the only files it refers to, relative to itself.
 */
final class ReportPage {
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.common.min.js";

    private ReportPage() {
    }

    static String html(ObjectNode model, String title) {
        String page = resource("report.html");
        return page.replace("@@TITLE@@", escapeHtml(title))
                .replace("/*@@STYLE@@*/", resource("report.css"))
                .replace("/*@@CHARTS@@*/", scriptSafe(classpath(ECHARTS)))
                .replace("/*@@DATA@@*/", scriptSafe(model.toString()))
                .replace("/*@@APP@@*/", resource("report.js"));
    }

    /** Text that cannot end the script element it stands in. */
    static String scriptSafe(String text) {
        return text.replace("</", "<\\/");
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        return classpath("/dev/facet/inspect/view/" + name);
    }

    private static String classpath(String path) {
        try (InputStream in = ReportPage.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
