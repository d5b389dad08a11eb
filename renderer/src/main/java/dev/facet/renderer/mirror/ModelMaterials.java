package dev.facet.renderer.mirror;

import com.jme3.asset.AssetManager;
import com.jme3.material.MatParam;
import com.jme3.material.Material;
import com.jme3.material.RenderState;
import com.jme3.math.ColorRGBA;
import com.jme3.scene.Geometry;
import com.jme3.texture.Texture;
import dev.facet.renderer.assets.GltfTags;

/**
 * A mesh file's material, as jME's loaders read it, mapped onto Facet's surface material
 * ({@link SceneMirror#MATERIAL}). glTF (jME's PBRLighting or, for KHR_materials_unlit,
 * Unshaded parameters): base colour factor and texture, metallic and roughness factors and
 * texture (B and G), normal map and scale, occlusion (R, of its own texture or packed in the
 * metallic-roughness one) and strength, emissive factor, texture and strength, alpha mode
 * and cutoff, double-sided, vertex colours, and for each texture its coordinate set
 * ({@link GltfTags}); KHR_texture_transform is already baked into the coordinates by jME.
 * MTL (jME's Lighting): Kd, map_Kd, Ns as roughness sqrt(2 / (Ns + 2)), bump/map_bump as a
 * normal map, d/Tr below 1 as alpha BLEND.
 *
 * <p>Alpha: OPAQUE ignores alpha; MASK discards texels whose alpha is below the cutoff;
 * BLEND is drawn as MASK with cutoff 0.5 (a texel is the object's, opaque, where its alpha
 * is at least 0.5, and absent elsewhere), so colour, instance and depth agree at every pixel.
 * Discarded texels are absent from every target and cast no shadow.
 */
final class ModelMaterials {
    /** The cutoff that stands for alpha blending: see the class comment. */
    static final float BLEND_CUTOFF = 0.5f;

    private ModelMaterials() {
    }

    /** A surface material drawing {@code g}'s file material (without an instance id: set it on each clone). */
    static Material surface(AssetManager assets, Geometry g) {
        Material in = g.getMaterial();
        Material out = new Material(assets, SceneMirror.MATERIAL);
        String def = in.getMaterialDef().getAssetName();
        if (def.endsWith("PBRLighting.j3md")) {
            pbr(in, out, g);
        } else if (def.endsWith("Unshaded.j3md")) {
            out.setColor("BaseColor", color(in, "Color", ColorRGBA.White));
            texture(in, "ColorMap", out, "BaseColorMap", g, "baseColorTexture");
            out.setBoolean("Unlit", true);
            out.setFloat("Roughness", 1f);
            out.setFloat("Metalness", 0f);
            alpha(in, out, g.getUserData(GltfTags.MATERIAL) != null);
        } else if (def.endsWith("Lighting.j3md")) {
            mtl(in, out);
        } else {
            throw new IllegalStateException("no mapping of jME material " + def);
        }
        if (in.getAdditionalRenderState().getFaceCullMode() == RenderState.FaceCullMode.Off) {
            out.getAdditionalRenderState().setFaceCullMode(RenderState.FaceCullMode.Off);
        }
        if (bool(in, "UseVertexColor") && g.getMesh().getBuffer(com.jme3.scene.VertexBuffer.Type.Color) != null) {
            out.setBoolean("VertexColor", true);
        }
        return out;
    }

    private static void pbr(Material in, Material out, Geometry g) {
        out.setColor("BaseColor", color(in, "BaseColor", ColorRGBA.White));
        out.setFloat("Metalness", clamp(number(in, "Metallic", 1f)));
        out.setFloat("Roughness", clamp(number(in, "Roughness", 1f)));
        texture(in, "BaseColorMap", out, "BaseColorMap", g, "baseColorTexture");
        texture(in, "MetallicRoughnessMap", out, "MetallicRoughnessMap", g, "metallicRoughnessTexture");
        if (texture(in, "NormalMap", out, "NormalMap", g, "normalTexture")) {
            out.setFloat("NormalScale", number(in, "NormalScale", 1f));
        }
        boolean occlusion = bool(in, "AoPackedInMRMap")
                ? texture(in, "MetallicRoughnessMap", out, "OcclusionMap", g, "occlusionTexture")
                : texture(in, "LightMap", out, "OcclusionMap", g, "occlusionTexture");
        if (occlusion) {
            out.setFloat("OcclusionStrength", number(in, "AoStrength", 1f));
        }
        ColorRGBA emissive = color(in, "Emissive", ColorRGBA.Black);
        float strength = number(in, "EmissiveIntensity", 1f);
        if (texture(in, "EmissiveMap", out, "EmissiveMap", g, "emissiveTexture") || !emissive.equals(ColorRGBA.Black)) {
            out.setColor("Emissive", new ColorRGBA(emissive.r * strength, emissive.g * strength, emissive.b * strength, 1f));
        }
        alpha(in, out, true);
    }

    private static void mtl(Material in, Material out) {
        out.setColor("BaseColor", color(in, "Diffuse", ColorRGBA.LightGray));
        float ns = number(in, "Shininess", 16f);
        out.setFloat("Roughness", clamp((float) Math.sqrt(2.0 / (Math.max(ns, 0f) + 2.0))));
        out.setFloat("Metalness", 0f);
        MatParam map = in.getParam("DiffuseMap");
        if (map != null) {
            out.setTexture("BaseColorMap", (Texture) map.getValue());
        }
        MatParam normal = in.getParam("NormalMap");
        if (normal != null) {
            out.setTexture("NormalMap", (Texture) normal.getValue());
            out.setFloat("NormalScale", 1f);
        }
        alpha(in, out, false);
    }

    /**
     * glTF's MASK (jME sets a discard threshold) keeps its cutoff; BLEND (jME's alpha blending
     * without a threshold) becomes a mask at {@link #BLEND_CUTOFF}. jME's MTL loader gives
     * translucent materials a threshold of 0.01 as well as blending: they are BLEND.
     */
    private static void alpha(Material in, Material out, boolean thresholdIsMask) {
        MatParam cutoff = in.getParam("AlphaDiscardThreshold");
        boolean blend = in.getAdditionalRenderState().getBlendMode() == RenderState.BlendMode.Alpha;
        if (cutoff != null && thresholdIsMask) {
            out.setFloat("AlphaCutoff", (Float) cutoff.getValue());
        } else if (blend) {
            out.setFloat("AlphaCutoff", BLEND_CUTOFF);
        }
    }

    /** Copies texture {@code from} to {@code to} with its coordinate set; false when {@code in} has none. */
    private static boolean texture(Material in, String from, Material out, String to, Geometry g, String slot) {
        MatParam p = in.getParam(from);
        if (p == null || p.getValue() == null) {
            return false;
        }
        out.setTexture(to, (Texture) p.getValue());
        Object set = g.getUserData(GltfTags.texCoordKey(slot));
        if (set instanceof Integer i && i == 1) {
            out.setBoolean(to.replace("Map", "Uv1"), true);
            out.setBoolean("TexCoord1", true);
        }
        return true;
    }

    private static ColorRGBA color(Material m, String name, ColorRGBA fallback) {
        MatParam p = m.getParam(name);
        return p != null && p.getValue() instanceof ColorRGBA c ? c.clone() : fallback.clone();
    }

    private static float number(Material m, String name, float fallback) {
        MatParam p = m.getParam(name);
        return p != null && p.getValue() instanceof Float f ? f : fallback;
    }

    private static boolean bool(Material m, String name) {
        MatParam p = m.getParam(name);
        return p != null && Boolean.TRUE.equals(p.getValue());
    }

    private static float clamp(float x) {
        return Math.min(1f, Math.max(0f, x));
    }
}
