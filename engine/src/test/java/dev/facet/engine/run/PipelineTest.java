package dev.facet.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.engine.scene.ImageSize;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PipelineTest {

    @Test
    void aBufferSetHoldsFifteenBytesAPixel() {
        assertEquals(15L * 640 * 480, Pipeline.bufferSetBytes(new ImageSize(640, 480)));
        assertEquals(15L * 16384 * 16384, Pipeline.bufferSetBytes(new ImageSize(16384, 16384)),
                "no int overflow at the largest size");
    }

    @Test
    void aPipelineThatFitsStaysAsItIs() {
        Pipeline p = new Pipeline(3, 5);
        assertEquals(Optional.of(p), p.fitting(2, 100, 10, p.bytes(2, 100, 10)));
    }

    @Test
    void fewerWaitingFramesFirstThenFewerWorkers() {
        Pipeline p = new Pipeline(3, 5);
        // 3 workers, 1 waiting, 2 in flight: 6 sets of 100 and 3 workers of 10
        assertEquals(Optional.of(new Pipeline(3, 1)), p.fitting(2, 100, 10, 630));
        assertEquals(Optional.of(new Pipeline(2, 1)), p.fitting(2, 100, 10, 629));
        assertEquals(Optional.of(new Pipeline(1, 1)), p.fitting(2, 100, 10, 410));
    }

    @Test
    void nothingFitsWhenOneWorkerAndOneWaitingFrameAreTooMuch() {
        assertTrue(new Pipeline(3, 5).fitting(2, 100, 10, 409).isEmpty());
    }
}
