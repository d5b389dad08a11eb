package dev.facet.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class ShutterScenesTest {
    /** A sub-frame's camera is the frame's camera moved along the shutter: its lens and depth sensor stay. */
    @Test
    void subFramesKeepTheLensAndTheDepthSensor() {
        LensDistortion lens = LensDistortion.opencv(-0.2, 0.05, 0, 0, 0);
        DepthNoise noise = new DepthNoise(0, 0.002, DepthNoise.Quantization.NONE, 0, 0, 0, 0, 0.05);
        Camera open = Camera.lookAt(64, 48, 50, new Vector3d(0, 1, 2), new Vector3d(), 0.05, 50)
                .withDistortion(lens).withDepthNoise(noise);
        Camera close = Camera.lookAt(64, 48, 50, new Vector3d(0.2, 1, 2), new Vector3d(), 0.05, 50)
                .withDistortion(lens).withDepthNoise(noise);
        Lighting light = new Lighting(new Vector3d(0, -1, 0), new Rgb(1, 1, 1), 1, new Rgb(0, 0, 0), new Rgb(0, 0, 0), 0);
        Scene end = new Scene(1, 1, 0.1, close, List.of(), light, new Rgb(0, 0, 0));
        Scene frame = new Scene(0, 1, 0, open, List.of(), light, new Rgb(0, 0, 0)).withShutterEnd(end);
        Camera half = ShutterScenes.at(frame, 0.5).camera();
        assertEquals(lens, half.distortion());
        assertEquals(noise, half.depthNoise());
        assertEquals(0.1, half.position().x(), 1e-9, "halfway along the shutter");
    }
}
