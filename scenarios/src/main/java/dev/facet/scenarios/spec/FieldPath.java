package dev.facet.scenarios.spec;

import java.util.ArrayList;
import java.util.List;

/** A path to a field: names and list indices, written {@code objects[2].material.roughness}. */
public record FieldPath(List<Object> segments) {
    public static final FieldPath ROOT = new FieldPath(List.of());

    public FieldPath {
        segments = List.copyOf(segments);
    }

    public FieldPath field(String name) {
        List<Object> s = new ArrayList<>(segments);
        s.add(name);
        return new FieldPath(s);
    }

    public FieldPath index(int i) {
        List<Object> s = new ArrayList<>(segments);
        s.add(i);
        return new FieldPath(s);
    }

    /** This path followed by a suffix written like {@code .h} or {@code [0]} or {@code .values[1].s}. */
    public FieldPath append(String suffix) {
        FieldPath p = this;
        for (String part : suffix.split("(?=[.\\[])")) {
            if (part.startsWith(".")) {
                p = p.field(part.substring(1));
            } else if (part.startsWith("[")) {
                p = p.index(Integer.parseInt(part.substring(1, part.length() - 1)));
            }
        }
        return p;
    }

    public FieldPath prefix(int n) {
        return new FieldPath(segments.subList(0, Math.min(n, segments.size())));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Object s : segments) {
            if (s instanceof Integer i) {
                b.append('[').append(i).append(']');
            } else {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(s);
            }
        }
        return b.toString();
    }
}
