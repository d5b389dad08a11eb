package dev.facet.engine.scene;

/**
 * How the colour image is made from the lit scene; none of it touches ids or depth, which
 * stay one exact sample at each pixel centre.
 *
 * @param antialias colour samples per pixel: 1 (none), 2 or 4
 * @param toneMapping how scene radiance maps to display values
 * @param exposure exposure compensation in stops (EV): radiance is scaled by 2^exposure
 * @param softShadows filter shadow edges over several shadow-map taps (a penumbra)
 * @param lightShadows how many point and spot lights (the first ones, in the scene's order) cast
 *                     shadows, 0..{@link #MAX_SHADOWED_LIGHTS}; the others light without shadows
 * @param ambientOcclusion screen-space ambient occlusion, or null for none
 * @param motionBlur motion blur over the shutter interval (sequences only), or null for none
 * @param effects camera flaws applied to the colour image after rendering
 */
public record Rendering(int antialias, ToneMapping toneMapping, double exposure, boolean softShadows,
                        int lightShadows, @OptionalField AmbientOcclusion ambientOcclusion,
                        @OptionalField MotionBlur motionBlur, CameraEffects effects) {
    /** Most point and spot lights that cast shadows in one scene (the shadow-map atlas holds their faces). */
    public static final int MAX_SHADOWED_LIGHTS = 4;
    /** Today's look: no anti-aliasing, no tone mapping, hard shadows from the sun only, no effects. */
    public static final Rendering DEFAULT = new Rendering(1, ToneMapping.NONE, 0, false, 0, CameraEffects.NONE);

    /** Scene radiance to display value. */
    public enum ToneMapping {
        /** Clamp at 1 (today's look). */
        NONE,
        /** The ACES filmic curve (Narkowicz's fit): highlights roll off instead of clipping. */
        ACES
    }

    public Rendering {
        if (antialias != 1 && antialias != 2 && antialias != 4) {
            throw new IllegalArgumentException("antialias must be 1, 2 or 4, got " + antialias);
        }
        if (!Double.isFinite(exposure)) {
            throw new IllegalArgumentException("exposure must be finite");
        }
        if (lightShadows < 0 || lightShadows > MAX_SHADOWED_LIGHTS) {
            throw new IllegalArgumentException("shadowed lights must be in [0, " + MAX_SHADOWED_LIGHTS + "]");
        }
        effects = effects == null ? CameraEffects.NONE : effects;
        toneMapping = toneMapping == null ? ToneMapping.NONE : toneMapping;
    }

    /** Settings without ambient occlusion and motion blur. */
    public Rendering(int antialias, ToneMapping toneMapping, double exposure, boolean softShadows,
                     int lightShadows, CameraEffects effects) {
        this(antialias, toneMapping, exposure, softShadows, lightShadows, null, null, effects);
    }

    /** The same settings with other camera effects (drawn per frame). */
    public Rendering withEffects(CameraEffects e) {
        return new Rendering(antialias, toneMapping, exposure, softShadows, lightShadows, ambientOcclusion,
                motionBlur, e);
    }

    /** The same settings with {@code k} shadowed lights. */
    public Rendering withLightShadows(int k) {
        return new Rendering(antialias, toneMapping, exposure, softShadows, k, ambientOcclusion, motionBlur, effects);
    }

    /** The same settings with ambient occlusion {@code ao} (null: none). */
    public Rendering withAmbientOcclusion(AmbientOcclusion ao) {
        return new Rendering(antialias, toneMapping, exposure, softShadows, lightShadows, ao, motionBlur, effects);
    }

    /** The same settings with motion blur {@code blur} (null: none). */
    public Rendering withMotionBlur(MotionBlur blur) {
        return new Rendering(antialias, toneMapping, exposure, softShadows, lightShadows, ambientOcclusion, blur,
                effects);
    }

    /**
     * Screen-space ambient occlusion, computed from the label pass's depth (one exact sample per
     * pixel centre) and applied to the colour image only: creases and contacts darken.
     *
     * @param radius how far (metres, in the scene) a surface looks for occluders, (0, 10]
     * @param intensity how strongly occlusion darkens, in (0, 1]: 1 = a fully occluded pixel goes black
     */
    public record AmbientOcclusion(double radius, double intensity) {
        public AmbientOcclusion {
            if (!(radius > 0 && radius <= 10 && intensity > 0 && intensity <= 1)) {
                throw new IllegalArgumentException("ambient occlusion needs radius in (0, 10] and intensity in (0, 1], got "
                        + radius + ", " + intensity);
            }
        }
    }

    /**
     * Motion blur of a sequence's colour: the shutter opens at the frame's own instant and stays
     * open {@code shutter} of the interval to the next step; colour is the average of
     * {@code samples} renders spread over that time. Labels stay at the frame's own instant.
     *
     * @param shutter the fraction of the frame interval the shutter is open, (0, 1]
     * @param samples sub-frame renders averaged, 2..{@link #MAX_SAMPLES}
     */
    public record MotionBlur(double shutter, int samples) {
        public static final int MAX_SAMPLES = 16;

        public MotionBlur {
            if (!(shutter > 0 && shutter <= 1 && samples >= 2 && samples <= MAX_SAMPLES)) {
                throw new IllegalArgumentException("motion blur needs shutter in (0, 1] and samples in [2, "
                        + MAX_SAMPLES + "], got " + shutter + ", " + samples);
            }
        }
    }
}
