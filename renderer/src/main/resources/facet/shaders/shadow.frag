// Depth only: the sun's shadow map keeps the nearest depth per texel.
#ifdef ALPHA_CUTOFF
// texels a file's material masks out cast no shadow (see model.glsllib)
uniform vec4 m_BaseColor;
uniform float m_AlphaCutoff;
in vec2 texCoord;
#ifdef TEXCOORD_1
in vec2 texCoord1;
#endif
#ifdef VERTEX_COLOR
in vec4 vertexColor;
#endif
#ifdef BASE_COLOR_MAP
uniform sampler2D m_BaseColorMap;
#endif
#endif

void main() {
#ifdef ALPHA_CUTOFF
    float alpha = m_BaseColor.a;
#ifdef BASE_COLOR_MAP
#ifdef BASE_COLOR_UV1
    alpha *= texture(m_BaseColorMap, texCoord1).a;
#else
    alpha *= texture(m_BaseColorMap, texCoord).a;
#endif
#endif
#ifdef VERTEX_COLOR
    alpha *= vertexColor.a;
#endif
    if (alpha < m_AlphaCutoff) {
        discard;
    }
#endif
}
