package dev.facet.scenarios.file;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.scenarios.spec.FieldErrors;
import dev.facet.scenarios.spec.FieldPath;
import java.util.ArrayList;
import java.util.List;

/** Scenario text read into a tree, with where each field stands in the text (for messages). */
record ParsedText(JsonNode tree, Locator locator, String label) {

    /** The error for a problem at {@code path}, a path from the top of the text. */
    ScenarioError error(FieldPath path, String problem) {
        return error(FieldPath.ROOT, path, problem);
    }

    /** Errors for the part of the text at {@code prefix}: paths given to it are relative to that part. */
    FieldErrors errorsWithin(FieldPath prefix) {
        return (path, problem) -> error(prefix, path, problem);
    }

    /** {@code FILE:LINE:COLUMN} of the field at {@code path} within the part at {@code prefix}. */
    String where(FieldPath prefix, FieldPath path) {
        int[] at = locator.find(within(prefix, path));
        return ScenarioError.printable(label) + ":" + at[0] + ":" + at[1];
    }

    private ScenarioError error(FieldPath prefix, FieldPath path, String problem) {
        int[] at = locator.find(within(prefix, path));
        return new ScenarioError(label, at[0], at[1], path.toString(), problem);
    }

    private static FieldPath within(FieldPath prefix, FieldPath path) {
        List<Object> full = new ArrayList<>(prefix.segments());
        full.addAll(path.segments());
        return new FieldPath(full);
    }
}
