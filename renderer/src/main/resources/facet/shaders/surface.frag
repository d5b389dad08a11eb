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

in vec3 worldPosition;
in vec3 worldNormal;
in float viewDepth;
in vec4 shadowPosition;

layout(location = 0) out vec4 outColor;
layout(location = 1) out float outInstance;
layout(location = 2) out float outDepth;

const float PI = 3.14159265;

// 1 where the sun reaches this point, 0 in shadow: four bilinear depth comparisons
// (each already a 2x2 percentage-closer filter) spanning 3x3 texels.
float sunVisibility(float cosine) {
    vec3 p = shadowPosition.xyz / shadowPosition.w * 0.5 + 0.5;
    if (p.x <= 0.0 || p.x >= 1.0 || p.y <= 0.0 || p.y >= 1.0 || p.z >= 1.0) {
        return 1.0;
    }
    float bias = m_ShadowTexel * (1.0 + 2.0 * sqrt(1.0 - cosine * cosine) / max(cosine, 0.1));
    float z = p.z - bias;
    float h = 0.5 * m_ShadowTexel;
    return 0.25 * (texture(m_ShadowMap, vec3(p.xy + vec2(-h, -h), z))
                 + texture(m_ShadowMap, vec3(p.xy + vec2(h, -h), z))
                 + texture(m_ShadowMap, vec3(p.xy + vec2(-h, h), z))
                 + texture(m_ShadowMap, vec3(p.xy + vec2(h, h), z)));
}

vec3 toSrgb(vec3 linear) {
    vec3 c = clamp(linear, 0.0, 1.0);
    return mix(c * 12.92, 1.055 * pow(c, vec3(1.0 / 2.4)) - 0.055, step(0.0031308, c));
}

void main() {
    vec3 n = normalize(worldNormal);
    if (!gl_FrontFacing) {
        n = -n;
    }
    vec3 v = normalize(g_CameraPosition - worldPosition);
    vec3 l = -normalize(m_SunDirection);
    vec3 h = normalize(l + v);
    vec3 base = m_BaseColor.rgb;
    float nl = max(dot(n, l), 0.0);
    float nv = max(dot(n, v), 1e-4);
    float nh = max(dot(n, h), 0.0);

    // Cook-Torrance: GGX distribution, Schlick Fresnel, Smith-Schlick visibility.
    float a = max(m_Roughness * m_Roughness, 0.02);
    float d = a * a / (PI * pow(nh * nh * (a * a - 1.0) + 1.0, 2.0));
    vec3 f0 = mix(vec3(0.04), base, m_Metalness);
    vec3 fresnel = f0 + (1.0 - f0) * pow(1.0 - max(dot(h, v), 0.0), 5.0);
    float k = a / 2.0;
    float visibility = 1.0 / ((nl * (1.0 - k) + k) * (nv * (1.0 - k) + k) * 4.0);
    vec3 specular = d * fresnel * visibility;
    vec3 diffuse = (1.0 - m_Metalness) * base / PI;
    vec3 sun = m_SunColor.rgb * nl * sunVisibility(nl) * (diffuse + specular);

    vec3 sky = mix(m_GroundColor.rgb, m_SkyColor.rgb, n.y * 0.5 + 0.5);
    vec3 ambient = sky * ((1.0 - m_Metalness) * base + f0 * (1.0 - m_Roughness * 0.5));

    outColor = vec4(toSrgb(sun + ambient), 1.0);
    outInstance = m_InstanceId;
    outDepth = viewDepth;
}
