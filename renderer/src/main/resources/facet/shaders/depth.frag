// Masked texels are not part of the surface at the next step either (flow's validity test).
#import "facet/shaders/maskfrag.glsllib"
in float viewDepth;

layout(location = 0) out float outDepth;

void main() {
    discardMasked();
    outDepth = viewDepth;
}
