package dev.facet.inspect.verify;

/** 4x4 affine transforms, row-major: inverse, and applying one to points and vectors. */
final class Affine {
    private Affine() {
    }

    /** The inverse of an affine 4x4 (last row 0 0 0 1), or null when it is singular. */
    static double[][] inverse(double[][] m) {
        double a = m[0][0], b = m[0][1], c = m[0][2];
        double d = m[1][0], e = m[1][1], f = m[1][2];
        double g = m[2][0], h = m[2][1], i = m[2][2];
        double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        if (det == 0 || !Double.isFinite(det)) {
            return null;
        }
        double[][] r = {
            {(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det, 0},
            {(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det, 0},
            {(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det, 0},
            {0, 0, 0, 1}};
        for (int row = 0; row < 3; row++) {
            r[row][3] = -(r[row][0] * m[0][3] + r[row][1] * m[1][3] + r[row][2] * m[2][3]);
        }
        return r;
    }

    static double[] point(double[][] m, double[] p) {
        double[] v = vector(m, p);
        v[0] += m[0][3];
        v[1] += m[1][3];
        v[2] += m[2][3];
        return v;
    }

    static double[] vector(double[][] m, double[] p) {
        return new double[] {
            m[0][0] * p[0] + m[0][1] * p[1] + m[0][2] * p[2],
            m[1][0] * p[0] + m[1][1] * p[1] + m[1][2] * p[2],
            m[2][0] * p[0] + m[2][1] * p[1] + m[2][2] * p[2]};
    }

    /** a * b for 4x4 matrices. */
    static double[][] multiply(double[][] a, double[][] b) {
        double[][] r = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 4; k++) {
                    r[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return r;
    }
}
