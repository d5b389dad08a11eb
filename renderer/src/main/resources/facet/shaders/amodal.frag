uniform int m_Bit;

layout(location = 0) out uint outBits;

void main() {
    outBits = 1u << uint(m_Bit);
}
