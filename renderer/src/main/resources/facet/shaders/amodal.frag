#import "facet/shaders/maskfrag.glsllib"
uniform int m_Bit;

layout(location = 0) out uint outBits;

void main() {
    discardMasked();
    outBits = 1u << uint(m_Bit);
}
