#!/usr/bin/env python3
"""Generates the small assets of Facet's built-in scenarios (CC0): OBJ meshes with UVs,
PNG textures and a Radiance .hdr sky. Pure Python, deterministic; run it from anywhere:
    python3 scenarios/tools/generate_assets.py
"""
import math, os, struct, zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                   "dev", "facet", "scenarios", "builtin", "assets")


def lathe(name, profile, segments=16):
    """A surface of revolution about y from (radius, height) points, bottom to top, capped."""
    v, vt, f = [], [], []
    rings = len(profile)
    for i, (r, y) in enumerate(profile):
        for s in range(segments + 1):
            a = 2 * math.pi * s / segments
            v.append((r * math.cos(a), y, r * math.sin(a)))
            vt.append((s / segments, i / (rings - 1)))
    row = segments + 1
    for i in range(rings - 1):
        for s in range(segments):
            a, b = i * row + s + 1, i * row + s + 2
            c, d = a + row, b + row
            f.append((a, c, d)); f.append((a, d, b))
    for cap, (r, y) in ((0, profile[0]), (rings - 1, profile[-1])):
        v.append((0, y, 0)); vt.append((0.5, 0.5)); centre = len(v)
        for s in range(segments):
            a, b = cap * row + s + 1, cap * row + s + 2
            f.append((centre, b, a) if cap == 0 else (centre, a, b))
    write_obj(name, v, vt, f)


def write_obj(name, v, vt, f):
    with open(os.path.join(OUT, name), "w") as out:
        out.write("# %s: generated for Facet by scenarios/tools/generate_assets.py, CC0\n" % name)
        for p in v: out.write("v %.4f %.4f %.4f\n" % p)
        for t in vt: out.write("vt %.4f %.4f\n" % t)
        for tri in f: out.write("f %s\n" % " ".join("%d/%d" % (i, i) for i in tri))


def crate(name, sx=0.3, sy=0.2, sz=0.25):
    v, vt, f = [], [], []
    hx, hy, hz = sx / 2, sy / 2, sz / 2
    faces = [((1, 0, 0), (0, 0, -1), (0, 1, 0)), ((-1, 0, 0), (0, 0, 1), (0, 1, 0)),
             ((0, 1, 0), (1, 0, 0), (0, 0, -1)), ((0, -1, 0), (1, 0, 0), (0, 0, 1)),
             ((0, 0, 1), (1, 0, 0), (0, 1, 0)), ((0, 0, -1), (-1, 0, 0), (0, 1, 0))]
    for n, u, w in faces:
        base = len(v)
        for du, dw, uv in ((-1, -1, (0, 0)), (1, -1, (1, 0)), (1, 1, (1, 1)), (-1, 1, (0, 1))):
            p = [n[k] + du * u[k] + dw * w[k] for k in range(3)]
            v.append((p[0] * hx, p[1] * hy, p[2] * hz)); vt.append(uv)
        f.append((base + 1, base + 2, base + 3)); f.append((base + 1, base + 3, base + 4))
    write_obj(name, v, vt, f)


def png(name, w, h, pixel):
    raw = b"".join(b"\x00" + bytes(c for x in range(w) for c in pixel(x, y)) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(os.path.join(OUT, name), "wb") as out:
        out.write(data)


def wood(x, y):
    g = 0.5 + 0.5 * math.sin(x * 0.35 + 3 * math.sin(y * 0.05))
    return (int(120 + 60 * g), int(80 + 40 * g), int(40 + 20 * g))


def tiles(x, y):
    grout = x % 32 < 2 or y % 32 < 2
    dark = ((x // 32) + (y // 32)) % 2
    return (200, 200, 195) if grout else ((170, 60, 50) if dark else (225, 215, 190))


def hdr(name, w, h):
    """An uncompressed RGBE sky: bright zenith, horizon haze, darker ground, and a sun spot."""
    out = bytearray(b"#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y %d +X %d\n" % (h, w))
    for y in range(h):
        elev = math.pi / 2 - math.pi * (y + 0.5) / h
        for x in range(w):
            az = 2 * math.pi * (x + 0.5) / w
            if elev > 0:
                t = elev / (math.pi / 2)
                c = [0.9 - 0.5 * t, 1.0 - 0.3 * t, 1.2]
            else:
                c = [0.25, 0.22, 0.2]
            d = math.acos(max(-1, min(1, math.sin(elev) * math.sin(0.8) + math.cos(elev) * math.cos(0.8) * math.cos(az - 1.0))))
            if d < 0.08:
                c = [c[0] + 40, c[1] + 38, c[2] + 32]
            m = max(c)
            e = math.frexp(m)[1]
            s = 256.0 / (2 ** e)
            out += bytes((int(c[0] * s), int(c[1] * s), int(c[2] * s), e + 128))
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(out)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    lathe("mug.obj", [(0.04, 0.0), (0.045, 0.01), (0.045, 0.1), (0.04, 0.1), (0.035, 0.015)])
    lathe("bottle.obj", [(0.03, 0.0), (0.035, 0.005), (0.035, 0.14), (0.02, 0.18), (0.012, 0.2), (0.012, 0.23)])
    crate("crate.obj")
    png("wood.png", 64, 64, wood)
    png("tiles.png", 64, 64, tiles)
    hdr("sky.hdr", 64, 32)
