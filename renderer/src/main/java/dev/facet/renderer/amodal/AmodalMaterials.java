package dev.facet.renderer.amodal;

import com.jme3.asset.AssetManager;
import com.jme3.material.MatParam;
import com.jme3.material.Material;
import com.jme3.scene.Geometry;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The materials the amodal draws use: one for every geometry whose material masks no texels,
 * and, for a part whose file material does ({@code AlphaCutoff}), a copy carrying what its alpha
 * test reads, so masked-out texels are no more part of the amodal mask than of the instance image.
 */
final class AmodalMaterials {
    /** What the alpha test reads (see maskfrag.glsllib), copied from a part's material. */
    private static final List<String> ALPHA = List.of("BaseColor", "BaseColorMap", "AlphaCutoff", "VertexColor",
            "TexCoord1", "BaseColorUv1");

    private final AssetManager assets;
    private final Material plain;
    private final Map<Material, Material> masked = new WeakHashMap<>();

    AmodalMaterials(AssetManager assets) {
        this.assets = assets;
        this.plain = new Material(assets, AmodalPass.MATERIAL);
    }

    /** The material that draws {@code g} into bit {@code bit}, culling faces as {@code g}'s own material does. */
    Material of(Geometry g, int bit) {
        Material own = g.getMaterial();
        Material m = own.getParam("AlphaCutoff") == null ? plain : masked.computeIfAbsent(own, this::copy);
        m.setInt("Bit", bit);
        m.getAdditionalRenderState().setFaceCullMode(own.getAdditionalRenderState().getFaceCullMode());
        return m;
    }

    private Material copy(Material own) {
        Material m = new Material(assets, AmodalPass.MATERIAL);
        for (String name : ALPHA) {
            MatParam p = own.getParam(name);
            if (p != null) {
                m.setParam(name, p.getVarType(), p.getValue());
            }
        }
        return m;
    }
}
