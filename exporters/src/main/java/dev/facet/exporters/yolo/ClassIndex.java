package dev.facet.exporters.yolo;

import dev.facet.engine.scene.Category;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** YOLO's 0-based contiguous class indices: the categories sorted by id, numbered 0, 1, 2, ... */
final class ClassIndex {
    private final List<Category> ordered;
    private final Map<Integer, Integer> indexOfId = new HashMap<>();

    ClassIndex(List<Category> categories) {
        this.ordered = categories.stream().sorted(Comparator.comparingInt(Category::id)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            indexOfId.put(ordered.get(i).id(), i);
        }
    }

    int of(Category c) {
        Integer i = indexOfId.get(c.id());
        if (i == null) {
            throw new IllegalArgumentException("category " + c + " is not among the run's categories");
        }
        return i;
    }

    /** Categories in class-index order. */
    List<Category> ordered() {
        return ordered;
    }
}
