package dev.facet.renderer.assets;

import com.jme3.asset.ModelKey;
import com.jme3.scene.plugins.gltf.GltfModelKey;
import com.jme3.scene.plugins.gltf.PBRMetalRoughMaterialAdapter;

/**
 * The material adapter for glTF materials with {@code KHR_materials_emissive_strength}: jME's
 * own one maps only the emissive strength, so the base colour, metallic and roughness that the
 * loader sets afterwards would be dropped; this one maps them all.
 */
public final class EmissiveStrengthAdapter extends PBRMetalRoughMaterialAdapter {
    public EmissiveStrengthAdapter() {
        addParamMapping("emissiveStrength", "EmissiveIntensity");
    }

    /** The key to load model {@code name} with: for glTF, one that uses this adapter. */
    public static ModelKey key(String name, boolean gltf) {
        if (!gltf) {
            return new ModelKey(name);
        }
        GltfModelKey key = new GltfModelKey(name);
        key.registerMaterialAdapter("pbrEmissiveStrength", new EmissiveStrengthAdapter());
        return key;
    }
}
