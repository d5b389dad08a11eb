package dev.facet.renderer.mirror;

import com.jme3.asset.AssetManager;
import com.jme3.asset.TextureKey;
import com.jme3.math.ColorRGBA;
import com.jme3.math.Vector3f;
import com.jme3.texture.Image;
import com.jme3.texture.Texture;
import com.jme3.texture.Texture2D;
import com.jme3.texture.image.ColorSpace;
import com.jme3.texture.image.ImageRaster;
import dev.facet.engine.scene.AssetCache;
import dev.facet.engine.scene.ImageHeader;
import dev.facet.engine.spi.AssetUnreadable;
import dev.facet.engine.scene.RenderLimits;
import dev.facet.renderer.assets.FacetAssets;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The images a scene names, each read once while it stays in the cache ({@link AssetCache}: least
 * recently used out past a budget of estimated bytes): surface textures (PNG/JPEG, sRGB, repeating,
 * mipmapped), background images, and environment maps (Radiance .hdr, linear; or PNG/JPEG,
 * sRGB) with their spherical-harmonic irradiance. Sources are absolute paths or
 * {@code classpath:/...}. Each file's header is read first ({@link ImageHeader}): a file that
 * is not an image, is truncated, or is larger than the GPU takes is refused before it is
 * decoded. A file that cannot be read fails the frame with an {@link AssetUnreadable} naming it
 * (an {@link UncheckedIOException}; the command exits 2: a mistake in the user's files).
 */
public final class Textures {
    private final AssetManager assets;
    private final int maxTextureSize;
    private final Retired retired;
    /** Every decoded image by use and source ("surface:", "background:", "environment:" + source). */
    private final AssetCache<Object> cache;

    /**
     * An equirectangular environment map (row 0 straight up, u turning with atan(z, x)).
     *
     * @param sh the 9 spherical-harmonic coefficients of its linear radiance, in the order
     *           L00, L1-1, L10, L11, L2-2, L2-1, L20, L21, L22 (x, y, z of the map's frame)
     * @param maxLod the index of its smallest mip level
     * @param srgb whether its texels are sRGB-encoded (PNG/JPEG) rather than linear (.hdr)
     */
    public record EnvironmentMap(Texture2D texture, Vector3f[] sh, float maxLod, boolean srgb) {
    }

    /**
     * Textures read through {@code assets}, each at most {@code maxTextureSize} pixels on a
     * side (the GPU's GL_MAX_TEXTURE_SIZE; scenario validation already held them to
     * {@link RenderLimits#MAX_TEXTURE_SIZE}).
     */
    public Textures(AssetManager assets, int maxTextureSize) {
        this(assets, maxTextureSize, AssetCache.budgetFromEnvironment(), new Retired());
    }

    /**
     * As above, decoded images held within {@code budgetBytes} (estimated: the image's bytes on the
     * CPU, and on the GPU with a third more for mipmaps), least recently used first out; the
     * images the cache lets go of go to {@code retired}.
     */
    public Textures(AssetManager assets, int maxTextureSize, long budgetBytes, Retired retired) {
        this.assets = assets;
        this.maxTextureSize = maxTextureSize;
        this.retired = retired;
        this.cache = new AssetCache<>(budgetBytes, Textures::bytes, v -> retired.add(texture(v).getImage()));
    }

    private static Texture2D texture(Object cached) {
        return cached instanceof EnvironmentMap e ? e.texture() : (Texture2D) cached;
    }

    /** Estimated bytes of a cached image: its pixels on the CPU, and 4/3 of them on the GPU (mipmaps). */
    static long bytes(Object cached) {
        Image img = texture(cached).getImage();
        long pixels = (long) img.getWidth() * img.getHeight();
        long perPixel = Math.max(1, img.getFormat().getBitsPerPixel() / 8);
        return pixels * perPixel + pixels * perPixel * 4 / 3;
    }

    /** What the image cache holds and has done. */
    public AssetCache.Stats cacheStats() {
        return cache.stats();
    }

    /** The cached value for {@code key}, made by {@code load} on a miss. */
    @SuppressWarnings("unchecked")
    private <T> T cached(String key, java.util.function.Supplier<T> load) {
        Object v = cache.get(key);
        if (v == null) {
            v = load.get();
            cache.put(key, v);
        }
        return (T) v;
    }

    /** A texture for surfaces: repeats, trilinear filtering with mipmaps, image flipped so v runs up. */
    public Texture2D surface(String source) {
        return cached("surface:" + source, () -> {
            Texture2D t = load(source, true, "texture");
            t.setWrap(Texture.WrapMode.Repeat);
            t.setMinFilter(Texture.MinFilter.Trilinear);
            t.setMagFilter(Texture.MagFilter.Bilinear);
            t.setAnisotropicFilter(4);
            return t;
        });
    }

    /** A picture stretched over the frame's background. */
    public Texture2D background(String source) {
        return cached("background:" + source, () -> {
            Texture2D t = load(source, true, "background image");
            t.setWrap(Texture.WrapMode.EdgeClamp);
            t.setMinFilter(Texture.MinFilter.BilinearNoMipMaps);
            t.setMagFilter(Texture.MagFilter.Bilinear);
            return t;
        });
    }

    /** An environment map with its irradiance; computed on the CPU once per file. */
    public EnvironmentMap environment(String source) {
        return cached("environment:" + source, () -> {
            Texture2D t = load(source, false, "environment map");
            boolean srgb = !FacetAssets.extension(source).equals("hdr");
            Image img = t.getImage();
            Vector3f[] sh = irradianceSh(img, srgb);
            t.setWrap(Texture.WrapAxis.S, Texture.WrapMode.Repeat);
            t.setWrap(Texture.WrapAxis.T, Texture.WrapMode.EdgeClamp);
            t.setMinFilter(Texture.MinFilter.Trilinear);
            t.setMagFilter(Texture.MagFilter.Bilinear);
            float maxLod = (float) Math.floor(Math.log(Math.max(img.getWidth(), img.getHeight())) / Math.log(2));
            return new EnvironmentMap(t, sh, maxLod, srgb);
        });
    }

    private Texture2D load(String source, boolean flipY, String what) {
        try {
            String name = FacetAssets.keyName(source);
            String ext = FacetAssets.extension(source);
            boolean ok = ext.equals("png") || ext.equals("jpg") || ext.equals("jpeg")
                    || (ext.equals("hdr") && what.equals("environment map"));
            if (!ok) {
                throw new IOException("not a supported " + what + " (PNG or JPEG"
                        + (what.equals("environment map") ? ", or Radiance .hdr" : "") + "): " + source);
            }
            ImageHeader header;
            try {
                header = ImageHeader.read(source);
            } catch (IOException e) {
                throw new IOException("cannot read " + what + " " + source + ": " + e.getMessage(), e);
            }
            if (header.width() > maxTextureSize || header.height() > maxTextureSize) {
                throw new IOException("cannot use " + what + " " + source + ": it is " + header.width() + "x"
                        + header.height() + " and this GPU takes textures of at most " + maxTextureSize
                        + " pixels on a side (GL_MAX_TEXTURE_SIZE)");
            }
            TextureKey key = new TextureKey(name, flipY);
            key.setGenerateMips(false);
            Texture tex;
            try {
                tex = assets.loadTexture(key);
            } catch (RuntimeException e) {
                throw new IOException("cannot read " + what + " " + source + ": " + e.getMessage(), e);
            } finally {
                assets.deleteFromCache(key);
            }
            Image img = tex.getImage();
            if (img == null || img.getWidth() < 1) {
                throw new IOException("cannot read " + what + " " + source + ": no image in it");
            }
            // decoded in the shaders (the renderer does not linearise sRGB images; the params say -LINEAR)
            img.setColorSpace(ColorSpace.Linear);
            return (Texture2D) tex;
        } catch (IOException e) {
            throw new AssetUnreadable(e.getMessage(), e);
        }
    }

    /**
     * The 9 spherical-harmonic coefficients of the map's radiance, integrated over the sphere
     * with each texel's solid angle (large maps are sampled on a grid of at most 128 x 64).
     */
    static Vector3f[] irradianceSh(Image img, boolean srgb) {
        ImageRaster raster = ImageRaster.create(img);
        int w = img.getWidth();
        int h = img.getHeight();
        int sx = Math.max(1, w / 128);
        int sy = Math.max(1, h / 64);
        double[][] sh = new double[9][3];
        ColorRGBA c = new ColorRGBA();
        double[] y = new double[9];
        for (int py = sy / 2; py < h; py += sy) {
            double theta = (py + 0.5) / h * Math.PI;
            double sinT = Math.sin(theta);
            double weight = (2 * Math.PI / w) * sx * (Math.PI / h) * sy * sinT;
            for (int px = sx / 2; px < w; px += sx) {
                double phi = ((px + 0.5) / w - 0.5) * 2 * Math.PI;
                double dx = Math.cos(phi) * sinT;
                double dy = Math.cos(theta);
                double dz = Math.sin(phi) * sinT;
                raster.getPixel(px, py, c);
                double r = c.r;
                double g = c.g;
                double b = c.b;
                if (srgb) {
                    r = linear(r);
                    g = linear(g);
                    b = linear(b);
                }
                y[0] = 0.282095;
                y[1] = 0.488603 * dy;
                y[2] = 0.488603 * dz;
                y[3] = 0.488603 * dx;
                y[4] = 1.092548 * dx * dy;
                y[5] = 1.092548 * dy * dz;
                y[6] = 0.315392 * (3 * dz * dz - 1);
                y[7] = 1.092548 * dx * dz;
                y[8] = 0.546274 * (dx * dx - dy * dy);
                for (int i = 0; i < 9; i++) {
                    sh[i][0] += r * y[i] * weight;
                    sh[i][1] += g * y[i] * weight;
                    sh[i][2] += b * y[i] * weight;
                }
            }
        }
        Vector3f[] out = new Vector3f[9];
        for (int i = 0; i < 9; i++) {
            out[i] = new Vector3f((float) sh[i][0], (float) sh[i][1], (float) sh[i][2]);
        }
        return out;
    }

    private static double linear(double s) {
        double c = Math.min(1, Math.max(0, s));
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

}
