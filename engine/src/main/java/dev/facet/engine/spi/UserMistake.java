package dev.facet.engine.spi;

/**
 * Marks an exception that reports a mistake of the user's (a bad file, option or value),
 * not a fault of Facet: the command prints its message as one line, with no stack trace,
 * and exits with code 2. Its message says where (file:line:column or the option) and what
 * was expected.
 */
public interface UserMistake {
    String getMessage();
}
