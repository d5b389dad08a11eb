package dev.facet.renderer.pass;

import com.jme3.texture.FrameBuffer;
import com.jme3.texture.Image;
import com.jme3.texture.Texture;
import com.jme3.texture.Texture2D;

/**
 * Draws its view with the depth-only FacetShadow technique: the processor of every shadow
 * map's view (the sun's and the lights').
 */
class ShadowTechnique extends ViewHook {
    /** A depth texture sampled with a hardware depth comparison and bilinear taps, as the shaders expect. */
    static Texture2D depthMap(int width, int height) {
        Texture2D map = new Texture2D(width, height, Image.Format.Depth24);
        map.setShadowCompareMode(Texture.ShadowCompareMode.LessOrEqual);
        map.setMagFilter(Texture.MagFilter.Bilinear);
        map.setMinFilter(Texture.MinFilter.BilinearNoMipMaps);
        map.setWrap(Texture.WrapMode.EdgeClamp);
        return map;
    }

    @Override
    public void preFrame(float tpf) {
        renderManager().setForcedTechnique("FacetShadow");
    }

    @Override
    public void postFrame(FrameBuffer out) {
        renderManager().setForcedTechnique(null);
    }
}
