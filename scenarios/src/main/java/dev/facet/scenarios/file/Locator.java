package dev.facet.scenarios.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import dev.facet.scenarios.spec.FieldPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Line and column of a field in a scenario's text, found when asked by streaming the tokens
 * (memory stays bounded by the nesting depth): errors found after binding (ranges, missing
 * files) still point at the right place.
 */
final class Locator {
    private final JsonFactory factory;
    private final String text;

    Locator(JsonFactory factory, String text) {
        this.factory = factory;
        this.text = text;
    }

    static List<Object> segments(JsonStreamContext ctx) {
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
        List<Object> wanted = path.segments();
        int[] best = {1, 1};
        int bestLength = -1;
        try (JsonParser p = factory.createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY || t == JsonToken.FIELD_NAME) {
                    continue;
                }
                JsonStreamContext ctx = p.getParsingContext();
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    ctx = ctx.getParent();
                }
                List<Object> at = segments(ctx);
                if (at.size() > bestLength && at.size() <= wanted.size() && wanted.subList(0, at.size()).equals(at)) {
                    JsonLocation location = p.currentTokenLocation();
                    best = new int[] {location.getLineNr(), location.getColumnNr()};
                    bestLength = at.size();
                    if (bestLength == wanted.size()) {
                        break;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // a syntax error: the positions read so far are all there are
        }
        return best;
    }
}
