package dev.facet.engine.scene;

/**
 * How the colour image is made from the lit scene; none of it touches ids or depth, which
 * stay one exact sample at each pixel centre.
 *
 * @param antialias colour samples per pixel: 1 (none), 2 or 4
 * @param toneMapping how scene radiance maps to display values
 * @param exposure exposure compensation in stops (EV): radiance is scaled by 2^exposure
 * @param softShadows filter shadow edges over several shadow-map taps (a penumbra)
 * @param spotShadows how many spot lights (the first ones) cast shadows, 0..{@link #MAX_SPOT_SHADOWS}
 * @param effects camera flaws applied to the colour image after rendering
 */
public record Rendering(int antialias, ToneMapping toneMapping, double exposure, boolean softShadows,
                        int spotShadows, CameraEffects effects) {
    public static final int MAX_SPOT_SHADOWS = 2;
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
        if (spotShadows < 0 || spotShadows > MAX_SPOT_SHADOWS) {
            throw new IllegalArgumentException("spot shadows must be in [0, " + MAX_SPOT_SHADOWS + "]");
        }
        effects = effects == null ? CameraEffects.NONE : effects;
        toneMapping = toneMapping == null ? ToneMapping.NONE : toneMapping;
    }

    /** The same settings with other camera effects (drawn per frame). */
    public Rendering withEffects(CameraEffects e) {
        return new Rendering(antialias, toneMapping, exposure, softShadows, spotShadows, e);
    }
}
