package dev.facet.inspect.view;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Resolves a request path against a folder without ever leaving it: encoded dots or slashes,
 * {@code ..} or {@code .} segments, backslashes, absolute paths, and links that lead outside
 * the folder are all refused.
 */
final class SafePaths {
    /** Why a path was refused, or the file it names. */
    sealed interface Result permits Refused, Found, Missing {
    }

    record Refused(String why) implements Result {
    }

    record Found(Path file) implements Result {
    }

    record Missing() implements Result {
    }

    private SafePaths() {
    }

    /** {@code rawRelative} is the still-encoded path below the folder, without a leading slash. */
    static Result resolve(Path realRoot, String rawRelative) {
        String lower = rawRelative.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")
                || lower.contains("%25")) {
            return new Refused("encoded dot, slash or percent");
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawRelative.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return new Refused("bad percent-encoding");
        }
        if (decoded.isEmpty() || decoded.startsWith("/") || decoded.contains("\\") || decoded.indexOf('\0') >= 0
                || decoded.contains(":")) {
            return new Refused("absolute or malformed path");
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) {
                return new Refused("dot or empty segment");
            }
        }
        try {
            Path candidate = realRoot.resolve(decoded).normalize();
            if (!candidate.startsWith(realRoot)) {
                return new Refused("outside the folder");
            }
            if (!Files.exists(candidate)) {
                return new Missing();
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(realRoot)) {
                return new Refused("a link leading outside the folder");
            }
            return Files.isRegularFile(real) ? new Found(real) : new Missing();
        } catch (InvalidPathException | IOException e) {
            return new Refused("unreadable path");
        }
    }
}
