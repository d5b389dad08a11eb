#import "facet/shaders/colour.glsllib"

// Pixels that show no object: the environment map seen along the pixel's ray, or an image
// stretched over the frame. Drawn after the objects with the depth test, so it only
// reaches pixels still at the cleared depth; the id and depth targets get 0 ("no object").
uniform mat4 g_ViewProjectionMatrixInverse;
uniform vec3 g_CameraPosition;
uniform float m_Exposure;

#ifdef ENV_MAP
uniform sampler2D m_EnvMap;
uniform float m_EnvIntensity;
uniform vec2 m_EnvRotation;
#endif
#ifdef IMAGE
uniform sampler2D m_Image;
#endif

in vec2 ndc;

layout(location = 0) out vec4 outColor;
layout(location = 1) out float outInstance;
layout(location = 2) out float outDepth;
#ifdef GEOMETRY_LAYERS
layout(location = 3) out vec4 outNormal;
layout(location = 4) out vec4 outObject;
#endif

void main() {
    vec3 colour = vec3(0.0);
#if defined(ENV_MAP)
    vec4 near = g_ViewProjectionMatrixInverse * vec4(ndc, -1.0, 1.0);
    vec3 dir = near.xyz / near.w - g_CameraPosition;
    colour = textureLod(m_EnvMap, equirect(envFrame(dir, m_EnvRotation)), 0.0).rgb;
#ifdef ENV_SRGB
    colour = toLinear(colour);
#endif
    colour = toSrgb(grade(colour * m_EnvIntensity, m_Exposure));
#elif defined(IMAGE)
    // an sRGB picture goes to the sRGB target as it is
    colour = texture(m_Image, ndc * 0.5 + 0.5).rgb;
#endif
    outColor = vec4(colour, 1.0);
    outInstance = 0.0;
    outDepth = 0.0;
#ifdef GEOMETRY_LAYERS
    outNormal = vec4(0.0);
    outObject = vec4(0.0);
#endif
}
