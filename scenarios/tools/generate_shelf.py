#!/usr/bin/env python3
"""Generates the assets of Facet's built-in `shelf` scenario (CC0): textured glTF 2.0 binary
models (.glb) with two materials each (base colour textures, metallic-roughness textures,
normal maps), a folder of wood textures and a folder of small Radiance .hdr skies.
Pure Python (standard library only), deterministic; run it from anywhere:
    python3 scenarios/tools/generate_shelf.py
Layout: shelf/models/<category>/<name>.glb (categories are folder names), shelf/models/assets.yaml,
shelf/textures/*.png, shelf/hdri/*.hdr.
"""
import json, math, os, struct, zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                   "dev", "facet", "scenarios", "builtin", "shelf")

# ---------------------------------------------------------------- images

def png_bytes(w, h, pixel):
    raw = b"".join(b"\x00" + bytes(max(0, min(255, int(c))) for x in range(w) for c in pixel(x, y)) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def stripes(c1, c2, n):
    return lambda x, y: c1 if (y * n // 64) % 2 == 0 else c2


def dots(base, dot):
    return lambda x, y: dot if ((x % 16 - 8) ** 2 + (y % 16 - 8) ** 2) < 12 else base


def label(base, band, text):
    """A can or bottle label: a band across the middle with a checker 'logo'."""
    def px(x, y):
        if 20 <= y < 44:
            return text if ((x // 6) + (y // 6)) % 2 == 0 and 26 <= y < 38 else band
        return base
    return px


def cover(base, spine):
    return lambda x, y: spine if x < 8 else (base if (y // 8) % 4 else tuple(c * 0.7 for c in base))


def pages(x, y):
    return (235, 230, 215) if y % 4 else (200, 195, 180)


def cardboard(x, y):
    g = 0.5 + 0.5 * math.sin(x * 0.9)
    return (170 + 20 * g, 135 + 15 * g, 90 + 10 * g)


def metal_roughness(rough, metal):
    """glTF metallic-roughness texture: G = roughness, B = metalness (R unused), with a little wear."""
    return lambda x, y: (0, 255 * min(1, rough + (0.15 if (x * 7 + y * 3) % 23 == 0 else 0)), 255 * metal)


def ridges(period):
    """A tangent-space normal map of ridges along u: n = normalize(-dh/du, 0, 1)."""
    def px(x, y):
        d = 0.6 * math.cos(2 * math.pi * x / period)
        n = (d, 0.0, 1.0)
        l = math.sqrt(sum(c * c for c in n))
        return tuple(127.5 * (c / l + 1) for c in n)
    return px


def wood(tint):
    def px(x, y):
        g = 0.5 + 0.5 * math.sin(y * 0.3 + 2.5 * math.sin(x * 0.07))
        return tuple(t * (0.75 + 0.25 * g) for t in tint)
    return px

# ---------------------------------------------------------------- geometry

def lathe(profile, segments=24):
    """A surface of revolution about y from (radius, height) points, bottom to top; u around, v down the side."""
    pos, nrm, uv, idx = [], [], [], []
    rings = len(profile)
    for i, (r, y) in enumerate(profile):
        j0, j1 = max(0, i - 1), min(rings - 1, i + 1)
        dr, dy = profile[j1][0] - profile[j0][0], profile[j1][1] - profile[j0][1]
        ln = math.hypot(dr, dy) or 1
        nr, ny = dy / ln, -dr / ln
        for s in range(segments + 1):
            a = 2 * math.pi * s / segments
            pos.append((r * math.cos(a), y, -r * math.sin(a)))
            nrm.append((nr * math.cos(a), ny, -nr * math.sin(a)))
            uv.append((s / segments, 1 - i / (rings - 1)))
    row = segments + 1
    for i in range(rings - 1):
        for s in range(segments):
            a, b = i * row + s, i * row + s + 1
            idx += [a, b, b + row, a, b + row, a + row]
    return pos, nrm, uv, idx


def disc(r, y, up, segments=24):
    pos, nrm, uv, idx = [(0, y, 0)], [(0, 1 if up else -1, 0)], [(0.5, 0.5)], []
    for s in range(segments + 1):
        a = 2 * math.pi * s / segments
        pos.append((r * math.cos(a), y, -r * math.sin(a)))
        nrm.append((0, 1 if up else -1, 0))
        uv.append((0.5 + 0.5 * math.cos(a), 0.5 - 0.5 * math.sin(a)))
    for s in range(segments):
        idx += [0, s + 1, s + 2] if up else [0, s + 2, s + 1]
    return pos, nrm, uv, idx


def box(lo, hi, faces=None):
    """An axis-aligned box from corner lo to hi, 4 vertices per face, counter-clockwise from outside."""
    pos, nrm, uv, idx = [], [], [], []
    axes = [((1, 0, 0), 2, 1, -1), ((-1, 0, 0), 2, 1, 1), ((0, 1, 0), 0, 2, 1), ((0, -1, 0), 0, 2, -1),
            ((0, 0, 1), 0, 1, 1), ((0, 0, -1), 0, 1, -1)]
    for k, (n, ua, va, sign) in enumerate(axes):
        if faces is not None and k not in faces:
            continue
        base = len(pos)
        axis = [i for i in range(3) if n[i] != 0][0]
        for du, dv in ((0, 0), (1, 0), (1, 1), (0, 1)):
            p = [0, 0, 0]
            p[axis] = hi[axis] if n[axis] > 0 else lo[axis]
            p[ua] = lo[ua] + (hi[ua] - lo[ua]) * (du if sign > 0 else 1 - du)
            p[va] = lo[va] + (hi[va] - lo[va]) * dv
            pos.append(tuple(p)); nrm.append(n); uv.append((du, 1 - dv))
        # orient counter-clockwise seen from outside
        a, b, c = pos[base], pos[base + 1], pos[base + 2]
        e1 = [b[i] - a[i] for i in range(3)]; e2 = [c[i] - a[i] for i in range(3)]
        cr = (e1[1] * e2[2] - e1[2] * e2[1], e1[2] * e2[0] - e1[0] * e2[2], e1[0] * e2[1] - e1[1] * e2[0])
        if sum(cr[i] * n[i] for i in range(3)) > 0:
            idx += [base, base + 1, base + 2, base, base + 2, base + 3]
        else:
            idx += [base, base + 2, base + 1, base, base + 3, base + 2]
    return pos, nrm, uv, idx


def merge(*parts):
    pos, nrm, uv, idx = [], [], [], []
    for p, n, t, i in parts:
        base = len(pos)
        pos += p; nrm += n; uv += t; idx += [base + k for k in i]
    return pos, nrm, uv, idx


def handle(r_body, y0, y1, thick=0.008, steps=8):
    """A mug handle: small boxes along a half circle on the +x side."""
    parts = []
    cy, rr = (y0 + y1) / 2, (y1 - y0) / 2
    for s in range(steps):
        a = -math.pi / 2 + math.pi * (s + 0.5) / steps
        cx, yy = r_body + rr * 0.8 * math.cos(a), cy + rr * math.sin(a)
        h = rr * math.pi / steps * 0.6 + thick / 2
        parts.append(box((cx - thick, yy - h, -thick), (cx + thick, yy + h, thick)))
    return merge(*parts)


def z_up(prim):
    """The same triangles in a z-up frame (y -> z, z -> -y)."""
    pos, nrm, uv, idx = prim
    f = lambda v: (v[0], -v[2], v[1])
    return [f(p) for p in pos], [f(n) for n in nrm], uv, idx


def scaled(prim, s):
    pos, nrm, uv, idx = prim
    return [tuple(c * s for c in p) for p in pos], nrm, uv, idx

# ---------------------------------------------------------------- glTF 2.0 binary

def glb(path, primitives, materials, images, name):
    """primitives: [(pos, nrm, uv, idx, material)]; materials: glTF material dicts whose texture
    fields name images by index; images: [png bytes]. Every image becomes one texture."""
    bin_ = bytearray()
    views, accessors = [], []

    def view(data, target=None):
        while len(bin_) % 4:
            bin_.append(0)
        views.append(dict(buffer=0, byteOffset=len(bin_), byteLength=len(data), **({"target": target} if target else {})))
        bin_.extend(data)
        return len(views) - 1

    def accessor(values, kind, comp):
        flat = [c for v in values for c in (v if isinstance(v, tuple) else (v,))]
        data = struct.pack("<%d%s" % (len(flat), "f" if comp == 5126 else "I"), *flat)
        acc = dict(bufferView=view(data, 34962 if comp == 5126 else 34963), componentType=comp,
                   count=len(values), type=kind)
        if kind == "VEC3" and comp == 5126:
            acc["min"] = [min(v[i] for v in values) for i in range(3)]
            acc["max"] = [max(v[i] for v in values) for i in range(3)]
        accessors.append(acc)
        return len(accessors) - 1

    prims = []
    for pos, nrm, uv, idx, mat in primitives:
        prims.append({"attributes": {"POSITION": accessor(pos, "VEC3", 5126), "NORMAL": accessor(nrm, "VEC3", 5126),
                                     "TEXCOORD_0": accessor(uv, "VEC2", 5126)},
                      "indices": accessor(idx, "SCALAR", 5125), "material": mat, "mode": 4})
    image_entries = [{"bufferView": view(data), "mimeType": "image/png"} for data in images]
    doc = {
        "asset": {"version": "2.0", "generator": "Facet scenarios/tools/generate_shelf.py",
                  "copyright": "CC0 1.0 Universal (public domain dedication)"},
        "scene": 0, "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0, "name": name}],
        "meshes": [{"name": name, "primitives": prims}],
        "materials": materials,
        "samplers": [{"magFilter": 9729, "minFilter": 9987, "wrapS": 10497, "wrapT": 10497}],
        "textures": [{"sampler": 0, "source": i} for i in range(len(images))],
        "images": image_entries,
        "accessors": accessors, "bufferViews": views, "buffers": [{"byteLength": 0}],
    }
    while len(bin_) % 4:
        bin_.append(0)
    doc["buffers"][0]["byteLength"] = len(bin_)
    js = json.dumps(doc, separators=(",", ":"), sort_keys=False).encode()
    js += b" " * ((4 - len(js) % 4) % 4)
    total = 12 + 8 + len(js) + 8 + len(bin_)
    out = struct.pack("<III", 0x46546C67, 2, total) + struct.pack("<II", len(js), 0x4E4F534A) + js \
        + struct.pack("<II", len(bin_), 0x004E4942) + bytes(bin_)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(out)


def material(name, base_image, rough, metal, mr_image=None, normal_image=None, factor=(1, 1, 1, 1)):
    pbr = {"baseColorFactor": list(factor), "metallicFactor": metal, "roughnessFactor": rough}
    if base_image is not None:
        pbr["baseColorTexture"] = {"index": base_image}
    if mr_image is not None:
        pbr["metallicRoughnessTexture"] = {"index": mr_image}
        pbr["metallicFactor"], pbr["roughnessFactor"] = 1.0, 1.0
    m = {"name": name, "pbrMetallicRoughness": pbr}
    if normal_image is not None:
        m["normalTexture"] = {"index": normal_image, "scale": 1.0}
    return m


def models():
    m = os.path.join(OUT, "models")
    for name, body, dot in (("mug_a", (235, 235, 230), (40, 90, 200)), ("mug_b", (200, 60, 50), (250, 240, 220))):
        prof = [(0.036, 0.0), (0.04, 0.004), (0.041, 0.095), (0.038, 0.095), (0.035, 0.01), (0.0, 0.01)]
        glb(os.path.join(m, "mug", name + ".glb"),
            [(*merge(lathe(prof), disc(0.036, 0.0, False)), 0), (*handle(0.04, 0.02, 0.08), 1)],
            [material("ceramic", 0, 0.3, 0.0), material("glaze", None, 0.15, 0.0, factor=[c / 255 for c in dot] + [1])],
            [png_bytes(64, 64, dots(body, dot))], name)
    for name, base, band in (("can_a", (200, 30, 40), (250, 250, 250)), ("can_b", (30, 120, 60), (240, 220, 60))):
        prof = [(0.031, 0.0), (0.033, 0.006), (0.033, 0.115), (0.029, 0.122)]
        glb(os.path.join(m, "can", name + ".glb"),
            [(*lathe(prof), 0), (*merge(disc(0.031, 0.0, False), disc(0.029, 0.122, True)), 1)],
            [material("label", 0, 0.4, 0.2), material("aluminium", 1, 1, 1, mr_image=2, normal_image=3)],
            [png_bytes(64, 64, label(base, band, (20, 20, 20))), png_bytes(16, 16, lambda x, y: (215, 215, 220)),
             png_bytes(16, 16, metal_roughness(0.3, 1.0)), png_bytes(32, 32, ridges(8))], name)
    for name, glass, cap in (("bottle_a", (60, 140, 70), (230, 230, 230)), ("bottle_b", (110, 70, 40), (200, 40, 40))):
        prof = [(0.03, 0.0), (0.034, 0.006), (0.034, 0.15), (0.018, 0.19), (0.012, 0.2), (0.012, 0.215)]
        glb(os.path.join(m, "bottle", name + ".glb"),
            [(*merge(lathe(prof), disc(0.03, 0.0, False)), 0),
             (*merge(lathe([(0.014, 0.212), (0.014, 0.235)]), disc(0.014, 0.235, True)), 1)],
            [material("glass", 0, 0.1, 0.0), material("cap", None, 0.5, 0.0, normal_image=1,
                                                       factor=[c / 255 for c in cap] + [1])],
            [png_bytes(64, 64, label(glass, (240, 235, 210), glass)), png_bytes(32, 32, ridges(4))], name)
    for name, c1, c2 in (("box_a", (240, 200, 40), (200, 40, 40)), ("box_b", (40, 120, 200), (240, 240, 240))):
        glb(os.path.join(m, "box", name + ".glb"),
            [(*box((-0.07, 0, -0.03), (0.07, 0.24, 0.03), faces=[0, 1, 3, 4, 5]), 0),
             (*box((-0.07, 0, -0.03), (0.07, 0.24, 0.03), faces=[2]), 1)],
            [material("print", 0, 0.6, 0.0), material("cardboard", 1, 0.9, 0.0, normal_image=2)],
            [png_bytes(64, 64, stripes(c1, c2, 6)), png_bytes(32, 32, cardboard), png_bytes(32, 32, ridges(6))], name)
    # books are written z-up and in centimetres, as some tools export: assets.yaml says so
    for name, base, spine in (("book_a", (120, 30, 40), (220, 190, 60)), ("book_b", (30, 60, 110), (230, 230, 230))):
        body = box((-7.5, 0, -1.5), (7.5, 22, 1.5), faces=[1, 3, 4, 5])  # spine, bottom, covers
        edge = box((-7.5, 0, -1.5), (7.5, 22, 1.5), faces=[0, 2])        # the pages' edges
        glb(os.path.join(m, "book", name + ".glb"),
            [(*z_up(body), 0), (*z_up(edge), 1)],
            [material("cover", 0, 0.7, 0.0), material("pages", 1, 0.95, 0.0, normal_image=2)],
            [png_bytes(64, 64, cover(base, spine)), png_bytes(32, 32, pages), png_bytes(32, 32, ridges(4))], name)
    with open(os.path.join(m, "assets.yaml"), "w") as f:
        f.write("# Generated by scenarios/tools/generate_shelf.py (CC0). Rules apply in order; a later match\n"
                "# overrides the fields it sets.\nfacet_assets: 1\nassets:\n"
                "  - {match: \"book/*.glb\", up: z, scale: 0.01}   # z-up, centimetres\n"
                "  - {match: \"box/*.glb\", category: cereal_box}\n")


def textures():
    t = os.path.join(OUT, "textures")
    os.makedirs(t, exist_ok=True)
    for name, tint in (("oak.png", (200, 150, 95)), ("walnut.png", (120, 80, 50)), ("pine.png", (225, 190, 130))):
        with open(os.path.join(t, name), "wb") as f:
            f.write(png_bytes(64, 64, wood(tint)))


def hdr(path, w, h, sky, ground, sun_az, sun_el, sun):
    out = bytearray(b"#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y %d +X %d\n" % (h, w))
    for y in range(h):
        elev = math.pi / 2 - math.pi * (y + 0.5) / h
        for x in range(w):
            az = 2 * math.pi * (x + 0.5) / w
            t = max(0.0, elev) / (math.pi / 2)
            c = [s * (1 - 0.5 * t) + 0.3 * t for s in sky] if elev > 0 else list(ground)
            d = math.acos(max(-1, min(1, math.sin(elev) * math.sin(sun_el) + math.cos(elev) * math.cos(sun_el) * math.cos(az - sun_az))))
            if d < 0.1:
                c = [c[i] + sun[i] for i in range(3)]
            e = math.frexp(max(c))[1]
            s = 256.0 / (2 ** e)
            out += bytes((int(c[0] * s), int(c[1] * s), int(c[2] * s), e + 128))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(out)


if __name__ == "__main__":
    models()
    textures()
    hdr(os.path.join(OUT, "hdri", "noon.hdr"), 64, 32, (0.6, 0.8, 1.2), (0.3, 0.27, 0.22), 1.0, 1.1, (30, 29, 27))
    hdr(os.path.join(OUT, "hdri", "dusk.hdr"), 64, 32, (1.1, 0.6, 0.4), (0.15, 0.12, 0.1), 3.5, 0.2, (25, 15, 8))
    hdr(os.path.join(OUT, "hdri", "overcast.hdr"), 64, 32, (0.9, 0.9, 0.95), (0.35, 0.35, 0.33), 0.0, 1.5, (2, 2, 2))
    with open(os.path.join(OUT, "LICENSE"), "w") as f:
        f.write("The files in this folder and below (models/**/*.glb, models/assets.yaml, textures/*.png,\n"
                "hdri/*.hdr) were generated for Facet by scenarios/tools/generate_shelf.py. They are dedicated\n"
                "to the public domain under CC0 1.0 Universal: https://creativecommons.org/publicdomain/zero/1.0/\n"
                "You may copy, modify and redistribute them, commercially or not, without asking permission.\n")
