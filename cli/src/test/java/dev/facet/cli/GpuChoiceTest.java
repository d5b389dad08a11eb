package dev.facet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facet.renderer.egl.EglDevice;
import dev.facet.renderer.egl.EglDevices;
import dev.facet.renderer.egl.NoSuchDevice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --gpu over FACET_GPU, both as CUDA device numbers, on a fake two-GPU node whose EGL order is reversed. */
class GpuChoiceTest {
    private static final EglDevices NODE = new EglDevices("", List.of(
            EglDevice.of(0, 1, null, "NVIDIA L4", false),
            EglDevice.of(1, 0, null, "NVIDIA L4", false)));

    @Test
    void facetGpuIsAnAliasOfGpuWithTheSameMeaning() {
        assertEquals(0, GpuChoice.choose(null, NODE, Map.of("FACET_GPU", "1")).eglIndex());
        assertEquals(0, GpuChoice.choose(1, NODE, Map.of()).eglIndex());
        assertEquals(1, GpuChoice.choose(0, NODE, Map.of("FACET_GPU", "1")).eglIndex(), "--gpu wins");
        assertEquals(1, GpuChoice.choose(null, NODE, Map.of()).eglIndex(), "default: CUDA device 0");
    }

    @Test
    void theSchedulersNumberingIsUsed() {
        assertEquals(0, GpuChoice.choose(0, NODE, Map.of("CUDA_VISIBLE_DEVICES", "1")).eglIndex());
        NoSuchDevice e = assertThrows(NoSuchDevice.class,
                () -> GpuChoice.choose(null, NODE, Map.of("CUDA_VISIBLE_DEVICES", "1", "FACET_GPU", "1")));
        assertTrue(e.getMessage().startsWith("FACET_GPU=1: 1 CUDA device(s) visible"), e.getMessage());
    }

    @Test
    void aMalformedFacetGpuIsAUserError() {
        UserError e = assertThrows(UserError.class, () -> GpuChoice.choose(null, NODE, Map.of("FACET_GPU", "x")));
        assertTrue(e.getMessage().contains("FACET_GPU") && e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test
    void theTableMarksTheUsedDeviceAndShowsUuidsWhenThereAreAny() {
        List<EglDevice> devices = List.of(EglDevice.of(0, 1, "GPU-1111", "NVIDIA L4", false),
                EglDevice.of(1, null, null, null, true));
        List<String> lines = DeviceTable.lines(devices, Map.of(1, "llvmpipe"), 0);
        assertEquals(List.of(
                "EGL  CUDA  PCI bus id  UUID      Name",
                "0    1     -           GPU-1111  NVIDIA L4   " + DeviceTable.MARK,
                "1    -     -           -         llvmpipe [software]"), lines);
    }
}
