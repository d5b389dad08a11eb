package dev.facet.scenarios.file;

/**
 * A mistake in a scenario file: where (file, line, column, field path) and what. Its
 * message is the one line the command prints: {@code FILE:LINE:COLUMN: path: what}, with
 * control and format characters the file holds written as {@code \\u0007} (never sent raw to a
 * terminal) and overlong echoed parts cut short.
 */
public final class ScenarioError extends RuntimeException implements dev.facet.engine.spi.UserMistake {
    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    public ScenarioError(String file, int line, int column, String path, String problem) {
        super(format(file, line, column, path, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
    }

    /** The longest file name, path or problem a message shows in full. */
    private static final int SHOWN = 500;

    private static String format(String file, int line, int column, String path, String problem) {
        StringBuilder b = new StringBuilder(printable(file));
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (path != null && !path.isEmpty()) {
            b.append(printable(path)).append(": ");
        }
        return b.append(printable(problem)).toString();
    }

    /** {@code text} with every control, format or line-separator character escaped, cut at {@link #SHOWN}. */
    static String printable(String text) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(text.length(), SHOWN);
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (text.length() > shown) {
            b.append("... (").append(text.length() - shown).append(" more characters)");
        }
        return b.toString();
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The field's path, e.g. {@code objects[2].material.roughness}; empty for the whole file. */
    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
