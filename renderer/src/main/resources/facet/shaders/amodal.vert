#import "facet/shaders/maskvert.glsllib"
in vec3 inPosition;
uniform mat4 g_WorldViewProjectionMatrix;

void main() {
    passMaskInputs();
    // the same expression as surface.vert, so both passes rasterise the same pixels
    vec4 local = vec4(inPosition, 1.0);
    gl_Position = g_WorldViewProjectionMatrix * local;
}
