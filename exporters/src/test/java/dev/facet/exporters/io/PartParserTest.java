package dev.facet.exporters.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parts read by the streaming parser: long integer arrays cut out as written, damage named. */
class PartParserTest {
    @TempDir
    Path tmp;

    private List<String> runs(String json) throws IOException {
        Path f = Files.writeString(tmp.resolve("part.json"), json);
        return PartParser.read(f, "runs", p -> {
            List<String> found = new ArrayList<>();
            p.startObject();
            for (String field = p.nextField(); field != null; field = p.nextField()) {
                if (field.equals("objects")) {
                    p.startArray();
                    while (p.nextElement()) {
                        p.startObject();
                        for (String g = p.nextField(); g != null; g = p.nextField()) {
                            if (g.equals("runs")) {
                                found.add(p.intsAsWritten().getValue());
                            } else {
                                p.skip();
                            }
                        }
                    }
                } else {
                    p.skip();
                }
            }
            return found;
        });
    }

    @Test
    void arraysAreCutOutAsWrittenAndTheRestIsParsed() throws IOException {
        assertEquals(List.of("[1,2,30]", "[]", "[-4,5]"),
                runs("{\"name\":\"a\\\"runs\\\":[x\",\"objects\":[{\"runs\":[1,2,30]},{\"runs\":[]},{\"id\":3,\"runs\":[-4,5]}]}"));
        assertEquals(List.of("[1, 2]"), runs("{\"objects\": [{\"runs\": [1, 2]}]}"), "spaced: parsed, not cut");
    }

    @Test
    void damageIsAnErrorNamingThePart() {
        IOException letters = assertThrows(IOException.class, () -> runs("{\"objects\":[{\"runs\":[1,x]}]}"));
        assertTrue(letters.getMessage().contains("part.json is damaged: runs holds more than integers"), letters.getMessage());
        IOException elsewhere = assertThrows(IOException.class, () -> runs("{\"runs\":[1],\"objects\":[]}"));
        assertTrue(elsewhere.getMessage().contains("'runs' where the part's objects are not"), elsewhere.getMessage());
        IOException cut = assertThrows(IOException.class, () -> runs("{\"objects\":[{\"runs\":[1,2]}"));
        assertTrue(cut.getMessage().contains("cannot read the part"), cut.getMessage());
    }
}
