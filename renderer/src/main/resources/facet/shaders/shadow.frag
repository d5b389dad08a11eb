// Depth only: the sun's shadow map keeps the nearest depth per texel.
void main() {
}
