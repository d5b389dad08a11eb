package dev.facet.cli;

/** The EGL device index from the environment variable FACET_GPU, if set. */
final class GpuChoice {
    static final String VARIABLE = "FACET_GPU";

    private GpuChoice() {
    }

    static Integer fromEnvironment() {
        String v = System.getenv(VARIABLE);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UserError(VARIABLE + " must be an EGL device index (0, 1, ...), got '" + v + "'");
        }
    }
}
