package dev.facet.cli;

import dev.facet.engine.spi.UserMistake;

/** A mistake in what the user asked for: reported as one line, exit code 2, no stack trace. */
final class UserError extends RuntimeException implements UserMistake {
    UserError(String message) {
        super(message);
    }
}
