package dev.facet.scenarios.tabletop;

import dev.facet.engine.scene.Category;

/** The primitive kinds of the tabletop and their fixed categories. */
enum Kind {
    BOX(new Category(2, "box")),
    SPHERE(new Category(3, "sphere")),
    CYLINDER(new Category(4, "cylinder"));

    final Category category;

    Kind(Category category) {
        this.category = category;
    }

    String label() {
        return category.name();
    }
}
