package dev.facet.renderer.lens;

import dev.facet.engine.spi.AmodalMasks;
import dev.facet.engine.spi.Modality;
import dev.facet.engine.spi.RenderedFrame;
import java.util.stream.IntStream;

/**
 * Resamples a frame drawn through a {@link WideView}'s pinhole camera at the distorted
 * camera's pixel centres. Each buffer by what its values are ({@link Modality.Kind}):
 * <ul>
 *   <li>instance ids and every {@link Modality.Kind#LABEL label} layer: the nearest wide pixel, so a
 *       label is still the object the ray through the pixel centre hits first (up to half a wide
 *       pixel, which matters only at silhouettes);</li>
 *   <li>RGB ({@link Modality.Kind#COLOUR colour}): bilinear;</li>
 *   <li>depth: from the planes of 1/z around the point ({@link DepthPlanes}), exact on planes and on
 *       boxes up to their edges;</li>
 *   <li>{@link Modality.Kind#CONTINUOUS continuous} layers: bilinear where the four neighbours show the
 *       nearest pixel's object, else the nearest;</li>
 *   <li>{@link Modality.Kind#DERIVED derived} layers: left alone (made from the remapped frame later);</li>
 *   <li>flow: the wide view's flow carried to the distorted camera's pixels ({@link LensFlow});</li>
 *   <li>amodal masks (per object): each mask's image part by nearest wide pixel.</li>
 * </ul>
 * Rows are resampled in parallel.
 */
public final class LensRemap {
    private LensRemap() {
    }

    /** Writes {@code out} (the distorted camera's frame) from {@code wide} (drawn through {@code view.render()}). */
    public static void apply(RenderedFrame wide, WideView view, RenderedFrame out) {
        float[] map = view.map();
        int width = out.width();
        IntStream.range(0, out.height()).parallel().forEach(row -> {
            Cell cell = new Cell(wide.width(), wide.height());
            LensFlow flow = wide.layers().has(Modality.FLOW) ? new LensFlow(wide, view, out) : null;
            DepthPlanes depth = new DepthPlanes(wide.instance(), wide.depth(), cell);
            int[] ids = wide.instance();
            byte[] rgb = wide.rgb();
            for (int i = row * width; i < (row + 1) * width; i++) {
                cell.at(map[2 * i], map[2 * i + 1]);
                out.instance()[i] = ids[cell.nearest];
                out.depth()[i] = depth.at();
                for (int c = 0; c < 3; c++) {
                    out.rgb()[3 * i + c] = (byte) Math.round(cell.bilinear(rgb, 3, c));
                }
                for (Modality m : out.layers().modalities()) {
                    if (m.kind() != Modality.Kind.DERIVED && m != Modality.FLOW && m != Modality.FLOW_VALID) {
                        layer(cell, ids, wide.layers().get(m), out.layers().get(m), m, i);
                    }
                }
                if (flow != null) {
                    flow.at(cell, ids, i, i % width, row);
                }
            }
        });
        if (out.layers().has(Modality.AMODAL)) {
            amodal(wide, map, out);
        }
    }

    /**
     * Each amodal mask's image part by nearest wide pixel, like the ids. Its count and bounds outside
     * the image stay those of the wide view's canvas (the BOP canvas of a distorted camera is not defined).
     */
    private static void amodal(RenderedFrame wide, float[] map, RenderedFrame out) {
        AmodalMasks to = out.layers().amodal();
        to.clear();
        Cell cell = new Cell(wide.width(), wide.height());
        int n = out.width() * out.height();
        for (AmodalMasks.Mask m : wide.layers().amodal().all()) {
            boolean[] full = new boolean[n];
            for (int i = 0; i < n; i++) {
                cell.at(map[2 * i], map[2 * i + 1]);
                full[i] = m.covers(cell.nu, cell.nv);
            }
            to.add(AmodalMasks.fromImage(m.instanceId(), full, out.width(), out.height(), m.pixelCountOutside(),
                    m.canvasBox()));
        }
    }

    /** Normals within 2 degrees of each other belong to one face (curved surfaces turn less than that a wide pixel). */
    private static final double SAME_FACE = Math.cos(Math.toRadians(2));

    private static void layer(Cell cell, int[] ids, float[] from, float[] to, Modality m, int i) {
        int ch = m.channels();
        boolean blend = m.kind() == Modality.Kind.COLOUR || m.kind() == Modality.Kind.CONTINUOUS && cell.oneSurface(ids);
        if (m == Modality.NORMALS) {  // unit vectors: blended within one face only, then made unit again
            blend = blend && cell.oneDirection(from, SAME_FACE);
        }
        for (int c = 0; c < ch; c++) {
            to[ch * i + c] = blend ? (float) cell.bilinear(from, ch, c) : from[ch * cell.nearest + c];
        }
        if (blend && m == Modality.NORMALS) {
            double n = Math.sqrt(to[3 * i] * to[3 * i] + to[3 * i + 1] * to[3 * i + 1] + to[3 * i + 2] * to[3 * i + 2]);
            for (int c = 0; c < 3; c++) {
                to[3 * i + c] = (float) (to[3 * i + c] / n);
            }
        }
    }
}
