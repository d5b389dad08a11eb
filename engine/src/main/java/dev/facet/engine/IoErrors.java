package dev.facet.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Map;

/**
 * The one place that puts an I/O failure into words: every message about a file that
 * could not be read, created or written says which file and why ("no space left on
 * device", "read-only file system", "permission denied"), in one line.
 */
public final class IoErrors {
    /** The operating system's phrases (as Java passes them on) and the words Facet uses instead. */
    private static final Map<String, String> WORDS = Map.of(
            "not a directory", "not a folder",
            "is a directory", "is a folder",
            "directory not empty", "a folder that is not empty",
            "too many levels of symbolic links or unable to access attributes of symbolic link",
            "a symbolic link loop (too many levels of symbolic links)",
            "no such file or directory", "no such file or folder");

    private IoErrors() {
    }

    /** Why {@code e} happened, in lower-case words without the file: "no space left on device". */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "a symbolic link loop";
        }
        String text = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String stripped = text.strip();
        String words = WORDS.get(stripped.toLowerCase(Locale.ROOT));
        if (words != null) {
            return words;
        }
        boolean namesAFile = stripped.contains("/") || stripped.contains("\\");  // keep a path's letters as they are
        return namesAFile ? stripped : Character.toLowerCase(stripped.charAt(0)) + stripped.substring(1);
    }

    /** {@code e} as one line: the file (and the other file of a move) and the {@link #reason}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String files = fs.getOtherFile() == null ? fs.getFile() : fs.getFile() + " -> " + fs.getOtherFile();
            return files + ": " + reason(e);
        }
        return reason(e);
    }

    /** As {@link #describe(IOException)} for the I/O failure inside {@code e}. */
    public static String describe(UncheckedIOException e) {
        return describe(e.getCause());
    }

    /**
     * {@code e} as a failure of {@code file}: the same exception when it already names it,
     * else one that does (a failed write often names no file, or a temporary one).
     */
    public static IOException naming(String file, IOException e) {
        if (e instanceof FileSystemException fs && file.equals(fs.getFile())) {
            return e;
        }
        FileSystemException named = new FileSystemException(file, null, reason(e));
        named.initCause(e);
        return named;
    }
}
