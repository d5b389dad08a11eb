package dev.facet.scenarios.check;

import java.util.List;

/** Whether the upper-left 3x3 of a 4x4 matrix (rows) is a rotation: orthonormal rows, determinant +1. */
final class Rotations {
    /** How far a row's length from 1, a dot product of two rows from 0, and the determinant from 1 may be. */
    static final double TOLERANCE = 1e-6;

    private Rotations() {
    }

    static boolean isRotation(List<List<Double>> rows) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = rows.get(i).get(j);
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i; j < 3; j++) {
                double dot = r[i][0] * r[j][0] + r[i][1] * r[j][1] + r[i][2] * r[j][2];
                if (Math.abs(dot - (i == j ? 1 : 0)) > TOLERANCE) {
                    return false;
                }
            }
        }
        double det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1])
                - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0])
                + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
        return Math.abs(det - 1) <= TOLERANCE;
    }
}
