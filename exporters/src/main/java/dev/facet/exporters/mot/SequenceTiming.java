package dev.facet.exporters.mot;

import dev.facet.engine.spi.DatasetInfo;
import dev.facet.engine.spi.FrameRange;
import java.util.List;
import java.util.Map;

/**
 * A run's sequence length and frame rate, from the resolved scenario's {@code sequence: {frames,
 * fps}}. Without one (still frames, or a scripted scenario that does not record it) a sequence
 * runs to its last step present and the rate is 1 frame per second, the value seqinfo.ini then holds.
 *
 * @param frames steps per sequence, 0 when the scenario does not say
 */
record SequenceTiming(long frames, String frameRate) {

    static SequenceTiming of(DatasetInfo info) {
        if (info.scenario().get("sequence") instanceof Map<?, ?> s && s.get("frames") instanceof Number n) {
            Object fps = s.get("fps");
            return new SequenceTiming(n.longValue(), fps instanceof Number f ? rate(f.doubleValue()) : "1");
        }
        return new SequenceTiming(0, "1");
    }

    /** seqinfo.ini's frameRate: a whole number when it is one (MOTChallenge writes integers). */
    private static String rate(double fps) {
        return fps == Math.rint(fps) ? Long.toString((long) fps) : Double.toString(fps);
    }

    /**
     * seqLength: the sequence's steps up to the last one the run plans (a range that ends inside a
     * sequence cuts it short), or, when the scenario gives no length, its last step present + 1.
     */
    long length(long sequence, List<MotFrame> present, FrameRange range) {
        if (frames > 0) {
            long start = sequence * frames;
            return Math.max(1, Math.min(start + frames, range.end()) - start);
        }
        return present.get(present.size() - 1).step() + 1L;
    }
}
