package dev.facet.cli;

import dev.facet.engine.IoErrors;
import dev.facet.engine.spi.UserMistake;
import dev.facet.engine.run.ExportFailure;
import dev.facet.renderer.egl.EglUnavailable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * What stopped a command, as one {@code facet: error:} line and an exit code: 2 a mistake in
 * the command (nothing written), 3 no headless OpenGL context, 1 a failure of the machine
 * the command ran on (a full or read-only disk, too little memory) or of an exporter. Anything
 * else is a bug in Facet and keeps its stack trace.
 */
final class Failures {
    static final int ENVIRONMENT = 1;
    static final int USER_ERROR = 2;
    static final int NO_RENDERER = 3;
    private static final String PREFIX = "facet: error: ";

    private Failures() {
    }

    /** Reports {@code failure} on {@code err} and returns the exit code; rethrows a bug. */
    static int report(Exception failure, PrintWriter err) throws Exception {
        if (failure instanceof UserMistake) {
            err.println(PREFIX + failure.getMessage());
            return USER_ERROR;
        }
        if (failure instanceof EglUnavailable) {
            err.println(PREFIX + failure.getMessage());
            err.println("Run `facet doctor` for a diagnosis and the packages that fix it.");
            return NO_RENDERER;
        }
        if (causedByOutOfMemory(failure)) {
            return outOfMemory(err);
        }
        if (failure instanceof ExportFailure) {
            err.println(PREFIX + failure.getMessage());
            return ENVIRONMENT;
        }
        if (failure instanceof IOException io) {
            err.println(PREFIX + IoErrors.describe(io));
            return ENVIRONMENT;
        }
        if (failure instanceof UncheckedIOException io) {
            err.println(PREFIX + IoErrors.describe(io));
            return ENVIRONMENT;
        }
        throw failure;
    }

    /** Reports that the heap ran out; the run's memory plan should have prevented it. */
    static int outOfMemory(PrintWriter err) {
        err.println(PREFIX + RunMemory.ofThisJvm().outOfMemory());
        err.flush();
        return ENVIRONMENT;
    }

    private static boolean causedByOutOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
