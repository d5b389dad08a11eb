#import "facet/shaders/maskvert.glsllib"
in vec3 inPosition;
uniform mat4 g_WorldViewProjectionMatrix;

void main() {
    passMaskInputs();
    gl_Position = g_WorldViewProjectionMatrix * vec4(inPosition, 1.0);
}
