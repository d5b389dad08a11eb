package dev.facet.renderer.egl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PCI addresses read from a fake /sys/class/drm made of real folders and links. */
class PciBusIdTest {

    @Test
    void theDeviceLinkEndsInTheAddress(@TempDir Path sys) throws Exception {
        Path pci = Files.createDirectories(sys.resolve("devices/pci0000:00/0000:00:01.0/0000:65:00.0"));
        Path drm = Files.createDirectories(sys.resolve("class/drm/card1"));
        Files.createSymbolicLink(drm.resolve("device"), pci);
        Path render = Files.createDirectories(sys.resolve("class/drm/renderD128"));
        Files.createSymbolicLink(render.resolve("device"), pci);

        assertEquals("0000:65:00.0", PciBusId.of(sys.resolve("class/drm"), "/dev/dri/card1"));
        assertEquals("0000:65:00.0", PciBusId.of(sys.resolve("class/drm"), "/dev/dri/renderD128"));
    }

    @Test
    void noAddressWithoutANodeALinkOrAPciDevice(@TempDir Path sys) throws Exception {
        Path virtual = Files.createDirectories(sys.resolve("devices/platform/vgem"));
        Files.createSymbolicLink(Files.createDirectories(sys.resolve("class/drm/card0")).resolve("device"), virtual);

        assertNull(PciBusId.of(sys.resolve("class/drm"), "/dev/dri/card0"), "not a PCI device");
        assertNull(PciBusId.of(sys.resolve("class/drm"), "/dev/dri/card9"), "no such node");
        assertNull(PciBusId.of(sys.resolve("class/drm"), null));
        assertNull(PciBusId.of(sys.resolve("class/drm"), ""));
    }
}
