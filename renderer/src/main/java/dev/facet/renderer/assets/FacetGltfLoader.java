package dev.facet.renderer.assets;

import com.jme3.scene.Geometry;
import com.jme3.scene.plugins.gltf.GltfLoader;
import com.jme3.texture.Texture2D;
import java.io.IOException;

/** jME's .gltf loader, keeping what {@link GltfTags} records and checking image headers before decoding. */
public class FacetGltfLoader extends GltfLoader {
    @Override
    public Geometry[] readMeshPrimitives(int meshIndex) throws IOException {
        Geometry[] g = super.readMeshPrimitives(meshIndex);
        GltfTags.tag(this, meshIndex, g);
        return g;
    }

    @Override
    public Texture2D readImage(int sourceIndex, boolean flip) throws IOException {
        GltfTags.checkImage(this, sourceIndex);
        return super.readImage(sourceIndex, flip);
    }
}
