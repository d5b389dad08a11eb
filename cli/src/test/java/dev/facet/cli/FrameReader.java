package dev.facet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facet.testkit.Npy;
import dev.facet.testkit.Png;
import java.io.IOException;
import java.nio.file.Path;

/** One frame of a dataset, read with the test kit's independent decoders, as [row][column] arrays. */
record FrameReader(Path root, long frame) {

    JsonNode meta() throws IOException {
        return DatasetFiles.readJson(DatasetFiles.file(root, "meta", frame));
    }

    /** A 16-bit single-channel image ("instance" or "semantic"). */
    int[][] gray16(String folder) throws IOException {
        JsonNode cam = meta().get("camera");
        int w = cam.get("width").asInt();
        int h = cam.get("height").asInt();
        int[] flat = Png.gray16(DatasetFiles.file(root, folder, frame), w, h);
        int[][] out = new int[h][];
        for (int v = 0; v < h; v++) {
            out[v] = java.util.Arrays.copyOfRange(flat, v * w, (v + 1) * w);
        }
        return out;
    }

    float[][] depth() throws IOException {
        JsonNode cam = meta().get("camera");
        int w = cam.get("width").asInt();
        int h = cam.get("height").asInt();
        float[] flat = Npy.float32(DatasetFiles.file(root, "depth", frame), w, h);
        float[][] out = new float[h][];
        for (int v = 0; v < h; v++) {
            out[v] = java.util.Arrays.copyOfRange(flat, v * w, (v + 1) * w);
        }
        return out;
    }
}
