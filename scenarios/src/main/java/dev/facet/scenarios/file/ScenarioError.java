package dev.facet.scenarios.file;

/**
 * A mistake in a scenario file: where (file, line, column, field path) and what. Its
 * message is the one line the command prints: {@code FILE:LINE:COLUMN: path: what}.
 */
public final class ScenarioError extends RuntimeException implements dev.facet.engine.UserMistake {
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

    private static String format(String file, int line, int column, String path, String problem) {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) {
                b.append(':').append(column);
            }
        }
        b.append(": ");
        if (path != null && !path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(problem).toString();
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
