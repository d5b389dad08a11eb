package dev.facet.renderer.egl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** GPU N as CUDA_VISIBLE_DEVICES numbers them, mapped onto fake EGL device tables. */
class DeviceMappingTest {
    private static final String UUID_A = "GPU-aaaaaaaa-0000-1111-2222-333333333333";
    private static final String UUID_B = "GPU-bbbbbbbb-0000-1111-2222-333333333333";
    private static final String UUID_C = "GPU-cccccccc-0000-1111-2222-333333333333";
    private static final String UUID_D = "GPU-dddddddd-0000-1111-2222-333333333333";

    /** A four-GPU NVIDIA node whose EGL order differs from CUDA's: EGL 0..3 are CUDA 2, 0, 3, 1. */
    private static final List<EglDevice> NODE = List.of(
            EglDevice.of(0, 2, UUID_C, "NVIDIA H100", false),
            EglDevice.of(1, 0, UUID_A, "NVIDIA H100", false),
            EglDevice.of(2, 3, UUID_D, "NVIDIA H100", false),
            EglDevice.of(3, 1, UUID_B, "NVIDIA H100", false));
    /** The same node on a driver without EGL_EXT_device_persistent_id. */
    private static final List<EglDevice> NO_UUIDS = NODE.stream()
            .map(d -> EglDevice.of(d.index(), d.cudaOrdinal(), null, d.renderer(), false)).toList();
    /** Mesa: no CUDA numbers, a GPU and the software device. */
    private static final List<EglDevice> MESA = List.of(
            EglDevice.of(0, null, null, "AMD Radeon", false),
            EglDevice.of(1, null, null, null, true));

    @Test
    void unsetVariableNumbersDevicesByCudaOrdinal() {
        assertEquals(1, choose(NODE, null, null).eglIndex(), "default: CUDA 0, which is EGL device 1");
        assertEquals(3, choose(NODE, null, 1).eglIndex());
        assertEquals(0, choose(NODE, null, 2).eglIndex());
        assertNull(choose(NODE, null, 3).warning());
        assertEquals(4, DeviceMapping.visibleCount(NODE, null));
    }

    @Test
    void oneVisibleOrdinalIsDeviceZero() {
        DeviceMapping.Choice c = choose(NODE, "1", null);
        assertEquals(3, c.eglIndex(), "CUDA_VISIBLE_DEVICES=1: device 0 is CUDA 1, EGL device 3");
        assertNull(c.warning());
        assertTrue(c.reason().contains("EGL device 3"), c.reason());
        assertEquals(3, choose(NODE, "1", 0).eglIndex());
    }

    @Test
    void twoVisibleOrdinalsAreRenumberedFromZero() {
        assertEquals(0, choose(NODE, "2,3", 0).eglIndex(), "CUDA 2 is EGL 0");
        assertEquals(2, choose(NODE, "2,3", 1).eglIndex(), "CUDA 3 is EGL 2");
        assertEquals(2, choose(NODE, "3,2", 0).eglIndex(), "the variable's order counts, not the driver's");
        assertEquals(0, choose(NODE, " 2 , 3 ", null).eglIndex());
        assertEquals(2, DeviceMapping.visibleCount(NODE, "2,3"));
    }

    @Test
    void uuidsAreMatchedThroughPersistentIds() {
        assertEquals(2, choose(NODE, UUID_D, null).eglIndex());
        assertEquals(3, choose(NODE, UUID_D + "," + UUID_B, 1).eglIndex());
        assertEquals(0, choose(NODE, "GPU-CCCC", 0).eglIndex(), "a unique prefix, in any case, as CUDA accepts");
        assertEquals(1, choose(NODE, "1," + UUID_A, 1).eglIndex(), "ordinals and UUIDs mixed");
    }

    @Test
    void uuidsWithoutPersistentIdsFallBackToEglOrderLoudly() {
        DeviceMapping.Choice c = choose(NO_UUIDS, UUID_D, 1);
        assertEquals(1, c.eglIndex());
        assertTrue(c.warning().contains("UUID") && c.warning().contains("EGL device 1"), c.warning());
        assertTrue(choose(NODE, "MIG-1234", 0).warning().contains("UUID"), "MIG instances cannot be matched");
    }

    @Test
    void missingExtensionFallsBackToEglOrderWithAWarning() {
        DeviceMapping.Choice c = choose(MESA, null, 1);
        assertEquals(1, c.eglIndex());
        assertTrue(c.warning().contains("EGL_NV_device_cuda") && c.warning().contains("EGL device 1"), c.warning());
        DeviceMapping.Choice byDefault = choose(MESA, null, null);
        assertNull(byDefault.eglIndex(), "the best device in EGL order");
        assertNull(byDefault.warning(), "nothing asked, nothing to warn about");
        DeviceMapping.Choice scheduled = choose(MESA, "2,3", null);
        assertTrue(scheduled.warning().contains("CUDA_VISIBLE_DEVICES=2,3"), scheduled.warning());
        assertEquals(2, DeviceMapping.visibleCount(MESA, "2,3"), "every EGL device");
    }

    @Test
    void outOfRangeIsAUserErrorNamingHowManyAreVisible() {
        NoSuchDevice e = assertThrows(NoSuchDevice.class, () -> choose(NODE, "2,3", 2));
        assertTrue(e.getMessage().startsWith("--gpu 2: 2 CUDA device(s) visible (CUDA_VISIBLE_DEVICES=2,3)"),
                e.getMessage());
        NoSuchDevice all = assertThrows(NoSuchDevice.class, () -> choose(NODE, null, 4));
        assertTrue(all.getMessage().contains("4 CUDA device(s) visible"), all.getMessage());
        NoSuchDevice mesa = assertThrows(NoSuchDevice.class, () -> choose(MESA, null, 2));
        assertTrue(mesa.getMessage().contains("2 EGL device(s)"), mesa.getMessage());
        NoSuchDevice negative = assertThrows(NoSuchDevice.class, () -> choose(NODE, null, -1));
        assertTrue(negative.getMessage().startsWith("--gpu -1"), negative.getMessage());
    }

    @Test
    void theListEndsAtTheFirstEntryNamingNoDeviceAsInCuda() {
        assertEquals(1, DeviceMapping.visibleCount(NODE, "2,7,3"));
        assertEquals(0, DeviceMapping.visibleCount(NODE, ""));
        assertEquals(0, DeviceMapping.visibleCount(NODE, "-1"));
        NoSuchDevice none = assertThrows(NoSuchDevice.class, () -> choose(NODE, "", null));
        assertTrue(none.getMessage().contains("0 CUDA device(s) visible"), none.getMessage());
    }

    @Test
    void uuidTextIsCudasSpelling() {
        byte[] b = new byte[16];
        for (int i = 0; i < 16; i++) {
            b[i] = (byte) (0xf0 + i);
        }
        assertEquals("GPU-f0f1f2f3-f4f5-f6f7-f8f9-fafbfcfdfeff", DeviceMapping.uuidText(b));
    }

    private static DeviceMapping.Choice choose(List<EglDevice> devices, String visible, Integer requested) {
        return DeviceMapping.choose(devices, visible, requested, "--gpu " + requested);
    }
}
