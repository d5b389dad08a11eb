package dev.facet.cli;

import dev.facet.renderer.egl.EglDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table {@code facet doctor} prints: one row per EGL device with its CUDA number, PCI
 * address, UUID where the driver gives one, its name, and a mark on the device a run uses.
 */
final class DeviceTable {
    static final String MARK = "<- a run uses this";

    private DeviceTable() {
    }

    /**
     * The table's lines.
     *
     * @param glNames GL renderer strings of devices whose driver names none, by EGL index
     * @param used the EGL index a run uses, or null when none (or the surfaceless platform)
     */
    static List<String> lines(List<EglDevice> devices, Map<Integer, String> glNames, Integer used) {
        boolean uuids = devices.stream().anyMatch(d -> d.uuid() != null);
        List<String[]> rows = new ArrayList<>();
        rows.add(uuids ? new String[] {"EGL", "CUDA", "PCI bus id", "UUID", "Name"}
                : new String[] {"EGL", "CUDA", "PCI bus id", "Name"});
        for (EglDevice d : devices) {
            String cuda = d.cudaOrdinal() == null ? "-" : d.cudaOrdinal().toString();
            String pci = d.pciBusId() == null ? "-" : d.pciBusId();
            String name = name(d, glNames.get(d.index())) + (d.index() == (used == null ? -1 : used) ? "   " + MARK : "");
            rows.add(uuids ? new String[] {Integer.toString(d.index()), cuda, pci, d.uuid() == null ? "-" : d.uuid(), name}
                    : new String[] {Integer.toString(d.index()), cuda, pci, name});
        }
        return format(rows);
    }

    private static String name(EglDevice d, String glName) {
        String name = d.name() != null ? d.name() : glName != null ? glName : "(name unknown)";
        return d.software() ? name + " [software]" : name;
    }

    private static List<String> format(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] r : rows) {
            StringBuilder s = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                s.append(c == columns - 1 ? r[c] : String.format("%-" + (width[c] + 2) + "s", r[c]));
            }
            lines.add(s.toString().stripTrailing());
        }
        return lines;
    }
}
