in float viewDepth;

layout(location = 0) out float outDepth;

void main() {
    outDepth = viewDepth;
}
