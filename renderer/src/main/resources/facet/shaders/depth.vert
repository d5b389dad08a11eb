// The FacetDepth technique: linear z-depth alone (see pass/NextDepth).
#import "facet/shaders/maskvert.glsllib"
in vec3 inPosition;

uniform mat4 g_WorldViewProjectionMatrix;
uniform mat4 g_WorldViewMatrix;

out float viewDepth;

void main() {
    passMaskInputs();
    vec4 local = vec4(inPosition, 1.0);
    // GL view space looks down -z; the dataset's camera frame looks down +z.
    viewDepth = -(g_WorldViewMatrix * local).z;
    gl_Position = g_WorldViewProjectionMatrix * local;
}
