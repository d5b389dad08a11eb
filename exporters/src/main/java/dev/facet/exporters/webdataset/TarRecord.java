package dev.facet.exporters.webdataset;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.exporters.io.Parts;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A closed tar's part, {@code shards/parts/facet-NNNNNN.json}: the tar's name, its frames in
 * order and the SHA-256 of its bytes. It is written after the tar is in place, so a tar without
 * a record is the leftover of a killed process.
 */
record TarRecord(String tar, long[] frames, String sha256) {

    static Path file(Path shards, String tar) {
        return shards.resolve(Parts.FOLDER).resolve(tar.substring(0, tar.length() - ".tar".length()) + ".json");
    }

    long first() {
        return frames[0];
    }

    long last() {
        return frames[frames.length - 1];
    }

    void write(Path shards) throws IOException {
        Parts.write(file(shards, tar), this::writeTo);
    }

    private void writeTo(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("tar", tar);
        g.writeFieldName("frames");
        g.writeArray(frames, 0, frames.length);
        g.writeStringField("sha256", sha256);
        g.writeEndObject();
    }

    static TarRecord read(Path file) throws IOException {
        JsonNode json = Parts.read(file);
        JsonNode f = json.path("frames");
        long[] frames = new long[f.size()];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = f.get(i).longValue();
        }
        if (frames.length == 0 || !json.path("tar").isTextual()) {
            throw new IOException("the tar record " + file + " lists no frames or no tar");
        }
        return new TarRecord(json.path("tar").textValue(), frames, json.path("sha256").asText());
    }
}
