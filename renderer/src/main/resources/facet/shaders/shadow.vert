in vec3 inPosition;
uniform mat4 g_WorldViewProjectionMatrix;

#ifdef ALPHA_CUTOFF
// a masked material's alpha, for shadow.frag's discard
in vec2 inTexCoord;
out vec2 texCoord;
#ifdef TEXCOORD_1
in vec2 inTexCoord2;
out vec2 texCoord1;
#endif
#ifdef VERTEX_COLOR
in vec4 inColor;
out vec4 vertexColor;
#endif
#endif

void main() {
#ifdef ALPHA_CUTOFF
    texCoord = inTexCoord;
#ifdef TEXCOORD_1
    texCoord1 = inTexCoord2;
#endif
#ifdef VERTEX_COLOR
    vertexColor = inColor;
#endif
#endif
    gl_Position = g_WorldViewProjectionMatrix * vec4(inPosition, 1.0);
}
