package dev.facet.renderer.mirror;

import com.jme3.material.Material;
import com.jme3.scene.Mesh;

/**
 * One drawable part of a mesh file: the triangles of every primitive that shares one of the
 * file's materials, in the model's frame (node transforms baked in).
 *
 * @param mesh shared by every object showing the model; do not modify it
 * @param material the file's material as a Facet surface material (a template: each object
 *                 draws a clone carrying its instance id), or null when the file gives these
 *                 triangles no material, so that the object's own material applies
 */
public record ModelPart(Mesh mesh, Material material) {
}
