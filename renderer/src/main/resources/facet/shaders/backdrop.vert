// One triangle covering the screen, at the far plane (clip z = w).
in vec3 inPosition;
out vec2 ndc;

void main() {
    ndc = inPosition.xy;
    gl_Position = vec4(inPosition.xy, 1.0, 1.0);
}
