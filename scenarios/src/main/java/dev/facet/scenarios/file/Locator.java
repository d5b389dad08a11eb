package dev.facet.scenarios.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.facet.scenarios.spec.FieldPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Line and column of every field in a scenario's text, found by streaming the tokens once:
 * errors found after binding (ranges, missing files) still point at the right place.
 */
final class Locator {
    private final Map<List<Object>, int[]> positions = new HashMap<>();

    Locator(JsonFactory factory, String text) {
        try (JsonParser p = factory.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY || t == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    ctx = ctx.getParent();
                }
                JsonLocation at = p.currentTokenLocation();
                positions.putIfAbsent(segments(ctx), new int[] {at.getLineNr(), at.getColumnNr()});
            }
        } catch (IOException | RuntimeException e) {
            // a syntax error: the positions read so far are all there are
        }
    }

    private static List<Object> segments(JsonStreamContext ctx) {
        List<Object> out = new ArrayList<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject()) {
                out.add(0, c.getCurrentName());
            } else if (c.inArray()) {
                out.add(0, Math.max(0, c.getCurrentIndex()));
            }
        }
        return out;
    }

    /** Line and column of the field at {@code path}, or of its nearest ancestor present in the text. */
    int[] find(FieldPath path) {
        for (int n = path.segments().size(); n >= 0; n--) {
            int[] at = positions.get(path.segments().subList(0, n));
            if (at != null) {
                return at;
            }
        }
        return new int[] {1, 1};
    }
}
