#import "facet/shaders/colour.glsllib"
#import "facet/shaders/lightshadow.glsllib"

uniform vec4 m_BaseColor;
uniform float m_Roughness;
uniform float m_Metalness;
uniform float m_InstanceId;
uniform vec3 m_SunDirection;
uniform vec4 m_SunColor;
uniform vec4 m_SkyColor;
uniform vec4 m_GroundColor;
uniform sampler2DShadow m_ShadowMap;
uniform float m_ShadowTexel;
uniform vec3 g_CameraPosition;
uniform float m_Exposure;

#ifdef BASE_MAP
uniform sampler2D m_BaseMap;
uniform float m_TextureScale;
#endif

// point and spot lights: colour x intensity in rgb, cos(inner half-angle) in w;
// the spot's direction in xyz, cos(outer half-angle) in w (-2 for a point light)
#define MAX_LIGHTS 8
uniform vec3 m_LightPosition[MAX_LIGHTS];
uniform vec4 m_LightColor[MAX_LIGHTS];
uniform vec4 m_LightDirection[MAX_LIGHTS];

#ifdef ENV_MAP
uniform sampler2D m_EnvMap;
uniform float m_EnvIntensity;
uniform vec2 m_EnvRotation;
uniform float m_EnvMaxLod;
uniform vec3 m_EnvSh[9];
#endif

in vec3 worldPosition;
in vec3 worldNormal;
in vec2 texCoord;
in float viewDepth;
in vec4 shadowPosition;

layout(location = 0) out vec4 outColor;
layout(location = 1) out float outInstance;
layout(location = 2) out float outDepth;

// a mesh file's own material; defines ROUGHNESS and METALNESS (the uniforms when it has no map)
#import "facet/shaders/model.glsllib"
#ifdef GEOMETRY_LAYERS
in vec3 viewNormal;
in vec3 objectPosition;
// the surface normal in the OpenCV camera frame (x right, y down, z forward), unit length,
// turned toward the camera on back faces; the point in its object's frame, in metres
layout(location = 3) out vec4 outNormal;
layout(location = 4) out vec4 outObject;
#endif

// 1 where the sun reaches this point, 0 in shadow: one bilinear depth comparison, a
// 2x2 percentage-closer filter (one tap: taps are dear on CPU rasterisers).
float sunVisibility(float cosine) {
    vec3 p = shadowPosition.xyz / shadowPosition.w * 0.5 + 0.5;
    if (p.x <= 0.0 || p.x >= 1.0 || p.y <= 0.0 || p.y >= 1.0 || p.z >= 1.0) {
        return 1.0;
    }
    // the shadow map holds back faces (front faces are culled there), so lit faces need little bias
    float bias = 0.25 * m_ShadowTexel;
    float z = p.z - bias;
#ifdef SOFT_SHADOWS
    // a 3x3 percentage-closer filter over bilinear taps 1.5 texels apart: a smooth penumbra
    // about 4 texels wide; a little more bias keeps the wider kernel off lit faces
    z -= 0.5 * m_ShadowTexel;
    float lit = 0.0;
    for (int y = -1; y <= 1; y++) {
        for (int x = -1; x <= 1; x++) {
            lit += texture(m_ShadowMap, vec3(p.xy + vec2(x, y) * (1.5 * m_ShadowTexel), z));
        }
    }
    return lit / 9.0;
#else
    return texture(m_ShadowMap, vec3(p.xy, z));
#endif
}

// Cook-Torrance for light arriving from l: GGX distribution, Schlick Fresnel,
// Smith-Schlick visibility; times n.l, so multiply by the light's radiance.
vec3 brdfCos(vec3 n, vec3 v, vec3 l, vec3 base, vec3 f0) {
    vec3 h = normalize(l + v);
    float nl = max(dot(n, l), 0.0);
    float nv = max(dot(n, v), 1e-4);
    float nh = max(dot(n, h), 0.0);
    float a = max(ROUGHNESS * ROUGHNESS, 0.02);
    float t = nh * nh * (a * a - 1.0) + 1.0;
    float d = a * a / (PI * t * t);
    float m = 1.0 - max(dot(h, v), 0.0);
    float m2 = m * m;
    vec3 fresnel = f0 + (1.0 - f0) * (m2 * m2 * m);
    float k = a / 2.0;
    float visibility = 1.0 / ((nl * (1.0 - k) + k) * (nv * (1.0 - k) + k) * 4.0);
    vec3 specular = d * fresnel * visibility;
    vec3 diffuse = (1.0 - METALNESS) * base / PI;
    return nl * (diffuse + specular);
}

#ifdef ENV_MAP
vec3 envRadiance(vec3 worldDir, float lod) {
    vec3 c = textureLod(m_EnvMap, equirect(envFrame(worldDir, m_EnvRotation)), lod).rgb;
#ifdef ENV_SRGB
    c = toLinear(c);
#endif
    return c * m_EnvIntensity;
}

// Irradiance from the map's 9 spherical-harmonic coefficients (Ramamoorthi and Hanrahan 2001).
vec3 envIrradiance(vec3 worldNormal) {
    vec3 d = envFrame(worldNormal, m_EnvRotation);
    const float c1 = 0.429043, c2 = 0.511664, c3 = 0.743125, c4 = 0.886227, c5 = 0.247708;
    vec3 e = c1 * m_EnvSh[8] * (d.x * d.x - d.y * d.y) + c3 * m_EnvSh[6] * d.z * d.z + c4 * m_EnvSh[0]
            - c5 * m_EnvSh[6]
            + 2.0 * c1 * (m_EnvSh[4] * d.x * d.y + m_EnvSh[7] * d.x * d.z + m_EnvSh[5] * d.y * d.z)
            + 2.0 * c2 * (m_EnvSh[3] * d.x + m_EnvSh[1] * d.y + m_EnvSh[2] * d.z);
    return max(e, vec3(0.0)) * m_EnvIntensity;
}
#endif

void main() {
    vec3 n = normalize(worldNormal);
    if (!gl_FrontFacing) {
        n = -n;
    }
    vec3 v = normalize(g_CameraPosition - worldPosition);
    vec3 base = m_BaseColor.rgb;
#ifdef BASE_MAP
    base *= toLinear(texture(m_BaseMap, texCoord * m_TextureScale).rgb);
#endif
#ifdef MODEL_SURFACE
    modelSurface(n, base);
#endif
    vec3 f0 = mix(vec3(0.04), base, METALNESS);
    vec3 l = -normalize(m_SunDirection);
    vec3 colour = m_SunColor.rgb * sunVisibility(max(dot(n, l), 0.0)) * brdfCos(n, v, l, base, f0);

    // the light count is compiled in: CPU rasterisers pay for a loop even when it runs 0 times
#ifdef LIGHT_COUNT
#if LIGHT_COUNT > 0
    for (int i = 0; i < LIGHT_COUNT; i++) {
        vec3 toLight = m_LightPosition[i] - worldPosition;
        float d2 = max(dot(toLight, toLight), 1e-8);
        vec3 li = toLight * inversesqrt(d2);
        float cone = smoothstep(m_LightDirection[i].w, m_LightColor[i].w, dot(-li, m_LightDirection[i].xyz));
        if (m_LightDirection[i].w < -1.5) {
            cone = 1.0;
        }
        float shadow = 1.0;
#ifdef LIGHT_SHADOWS
        shadow = lightShadow(i, m_LightPosition[i], worldPosition, n);
#endif
        colour += m_LightColor[i].rgb * (cone * shadow / d2) * brdfCos(n, v, li, base, f0);
    }
#endif
#endif

#ifdef OCCLUSION_MAP
    vec3 direct = colour;
#endif
    vec3 sky = mix(m_GroundColor.rgb, m_SkyColor.rgb, n.y * 0.5 + 0.5);
    colour += sky * ((1.0 - METALNESS) * base + f0 * (1.0 - ROUGHNESS * 0.5));

#ifdef ENV_MAP
    float nv = max(dot(n, v), 0.0);
    vec3 specularWeight = f0 + (max(vec3(1.0 - ROUGHNESS), f0) - f0) * pow(1.0 - nv, 5.0);
    colour += (1.0 - METALNESS) * base / PI * envIrradiance(n)
            + specularWeight * envRadiance(reflect(-v, n), ROUGHNESS * m_EnvMaxLod);
#endif
#ifdef OCCLUSION_MAP
    colour = direct + (colour - direct) * modelOcclusion();
#endif
#ifdef UNLIT
    colour = base;
#endif
#ifdef EMISSIVE
    colour += modelEmissive();
#endif

    outColor = vec4(toSrgb(grade(colour, m_Exposure)), 1.0);
    outInstance = m_InstanceId;
    outDepth = viewDepth;
#ifdef GEOMETRY_LAYERS
    vec3 cameraNormal = normalize(viewNormal);
    if (!gl_FrontFacing) {
        cameraNormal = -cameraNormal;
    }
    // GL view axes are x right, y up, z backward
    outNormal = vec4(cameraNormal.x, -cameraNormal.y, -cameraNormal.z, 1.0);
    outObject = vec4(objectPosition, 1.0);
#endif
}
