package dev.facet.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The picture of a strip of frames with their flow: one column per frame, the colour image with
 * flow arrows on top (every {@link #ARROW_SPACING} pixels where the flow is valid, drawn at
 * {@link #ARROW_SCALE} times their length), and the flow in colour below: hue = direction
 * (right red, down yellow-green, left cyan, up blue-violet; the HSV hue of atan2(dv, du)),
 * saturation = length relative to the longest valid flow of the strip, black where invalid.
 */
final class FlowSheet {
    static final int ARROW_SPACING = 24;
    static final double ARROW_SCALE = 2;

    /** One frame of the strip: its colour image, flow (du, dv per pixel) and validity (nonzero = valid). */
    record Panel(BufferedImage rgb, float[] flow, int[] valid) {
    }

    private FlowSheet() {
    }

    static BufferedImage draw(java.util.List<Panel> panels) {
        int w = panels.get(0).rgb().getWidth();
        int h = panels.get(0).rgb().getHeight();
        double longest = 1e-6;
        for (Panel p : panels) {
            for (int i = 0; i < w * h; i++) {
                if (p.valid()[i] != 0) {
                    longest = Math.max(longest, Math.hypot(p.flow()[2 * i], p.flow()[2 * i + 1]));
                }
            }
        }
        BufferedImage sheet = new BufferedImage(panels.size() * w, 2 * h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (int c = 0; c < panels.size(); c++) {
            Panel p = panels.get(c);
            g.drawImage(p.rgb(), c * w, 0, null);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    sheet.setRGB(c * w + x, h + y, p.valid()[i] == 0 ? 0
                            : colour(p.flow()[2 * i], p.flow()[2 * i + 1], longest));
                }
            }
            arrows(g, p, c * w, w, h);
        }
        g.dispose();
        return sheet;
    }

    private static int colour(double du, double dv, double longest) {
        float hue = (float) ((Math.atan2(dv, du) / (2 * Math.PI) + 1) % 1);
        float saturation = (float) Math.min(1, Math.hypot(du, dv) / longest);
        return Color.HSBtoRGB(hue, saturation, 1f) & 0xFFFFFF;
    }

    private static void arrows(Graphics2D g, Panel p, int left, int w, int h) {
        g.setStroke(new BasicStroke(1.5f));
        for (int y = ARROW_SPACING / 2; y < h; y += ARROW_SPACING) {
            for (int x = ARROW_SPACING / 2; x < w; x += ARROW_SPACING) {
                int i = y * w + x;
                if (p.valid()[i] == 0) {
                    continue;
                }
                double dx = ARROW_SCALE * p.flow()[2 * i];
                double dy = ARROW_SCALE * p.flow()[2 * i + 1];
                double x0 = left + x + 0.5;
                double y0 = y + 0.5;
                double x1 = x0 + dx;
                double y1 = y0 + dy;
                g.setColor(Color.BLACK);
                g.fillOval((int) x0 - 2, (int) y0 - 2, 4, 4);
                g.setColor(Color.WHITE);
                g.drawLine((int) Math.round(x0), (int) Math.round(y0), (int) Math.round(x1), (int) Math.round(y1));
                double len = Math.hypot(dx, dy);
                if (len > 3) {
                    double a = Math.atan2(dy, dx);
                    for (double side : new double[] {-0.5, 0.5}) {
                        g.drawLine((int) Math.round(x1), (int) Math.round(y1),
                                (int) Math.round(x1 - 4 * Math.cos(a + side)), (int) Math.round(y1 - 4 * Math.sin(a + side)));
                    }
                }
            }
        }
    }
}
