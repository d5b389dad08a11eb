package dev.facet.analysis.eval;

import java.util.List;

/**
 * The mean of the entries that are not -1, summed as numpy's {@code np.mean} sums a
 * contiguous float64 array (from its identity 0, pairwise, in blocks of 8), so
 * results agree with pycocotools' summarize to the last bit; -1 when there is none.
 */
final class NumpyMean {
    private NumpyMean() {
    }

    static double ofPresent(List<Double> values) {
        double[] a = values.stream().filter(v -> v > -1).mapToDouble(Double::doubleValue).toArray();
        if (a.length == 0) {
            return -1;
        }
        double sum = 0.0 + pairwise(a, 0, a.length);
        return sum / a.length;
    }

    /** numpy's pairwise_sum of {@code n} values from {@code from}. */
    static double pairwise(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= 128) {
            double[] r = new double[8];
            for (int j = 0; j < 8; j++) {
                r[j] = a[from + j];
            }
            int i;
            for (i = 8; i < n - n % 8; i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double res = (r[0] + r[1] + (r[2] + r[3])) + (r[4] + r[5] + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }
}
