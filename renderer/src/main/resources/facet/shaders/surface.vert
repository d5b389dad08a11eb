in vec3 inPosition;
in vec3 inNormal;
in vec2 inTexCoord;

uniform mat4 g_WorldViewProjectionMatrix;
uniform mat4 g_WorldViewMatrix;
uniform mat4 g_WorldMatrix;
uniform mat3 g_WorldMatrixInverseTranspose;
uniform mat4 m_LightViewProjection;

out vec3 worldPosition;
out vec3 worldNormal;
out vec2 texCoord;
out float viewDepth;
out vec4 shadowPosition;

// a mesh file's own material (see model.glsllib)
#ifdef TEXCOORD_1
in vec2 inTexCoord2;
out vec2 texCoord1;
#endif
#ifdef VERTEX_COLOR
in vec4 inColor;
out vec4 vertexColor;
#endif
#ifdef NORMAL_MAP
in vec4 inTangent;
out vec4 worldTangent;
#endif
#ifdef GEOMETRY_LAYERS
uniform mat3 g_NormalMatrix;
uniform mat4 m_ObjectFromMesh;
// the interpolated vertex normal in GL view axes, and the point in its object's frame
out vec3 viewNormal;
out vec3 objectPosition;
#endif

void main() {
    vec4 local = vec4(inPosition, 1.0);
    vec4 world = g_WorldMatrix * local;
    worldPosition = world.xyz;
    worldNormal = g_WorldMatrixInverseTranspose * inNormal;
    // meshes without UVs read (0, 0): one texel of the texture
    texCoord = inTexCoord;
    // GL view space looks down -z; the dataset's camera frame looks down +z.
    viewDepth = -(g_WorldViewMatrix * local).z;
    shadowPosition = m_LightViewProjection * world;
    gl_Position = g_WorldViewProjectionMatrix * local;
#ifdef TEXCOORD_1
    texCoord1 = inTexCoord2;
#endif
#ifdef VERTEX_COLOR
    vertexColor = inColor;
#endif
#ifdef NORMAL_MAP
    worldTangent = vec4(mat3(g_WorldMatrix) * inTangent.xyz, inTangent.w);
#endif
#ifdef GEOMETRY_LAYERS
    viewNormal = g_NormalMatrix * inNormal;
    objectPosition = (m_ObjectFromMesh * local).xyz;
#endif
}
