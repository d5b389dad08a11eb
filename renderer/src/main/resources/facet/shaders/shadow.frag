// Depth only: the shadow maps keep the nearest depth per texel; masked texels cast no shadow.
#import "facet/shaders/maskfrag.glsllib"

void main() {
    discardMasked();
}
