"""Writes the renderer tests' small assets (run once; the outputs are committed).

pyramid.obj   square pyramid, base 0.4 x 0.4 on y = 0, apex at y = 0.5, with UVs, no normals
box.gltf      box from (-0.2, 0, -0.1) to (0.2, 0.3, 0.1): positions, normals, UVs, embedded buffer
box.glb       the same box as binary glTF
checker.png   64x64, 8x8 squares, white and dark red
gradient.png  32x16 background image: blue at the top to orange at the bottom
sky.hdr       32x16 equirectangular Radiance HDR (RLE): bright sky, a sun, dark brown ground
not-a-mesh.obj  text that is no OBJ at all
"""
import base64, json, math, struct, zlib

# ---- OBJ pyramid
with open("pyramid.obj", "w") as f:
    f.write("# square pyramid with UVs\n")
    for v in [(-0.2, 0, -0.2), (0.2, 0, -0.2), (0.2, 0, 0.2), (-0.2, 0, 0.2), (0, 0.5, 0)]:
        f.write("v %g %g %g\n" % v)
    for t in [(0, 0), (1, 0), (1, 1), (0, 1), (0.5, 1)]:
        f.write("vt %g %g\n" % t)
    # sides (counter-clockwise seen from outside), then the base seen from below
    f.write("f 1/1 4/2 5/5\nf 4/1 3/2 5/5\nf 3/1 2/2 5/5\nf 2/1 1/2 5/5\n")
    f.write("f 1/1 2/2 3/3\nf 1/1 3/3 4/4\n")

# ---- glTF box
lo, hi = (-0.2, 0.0, -0.1), (0.2, 0.3, 0.1)
pos, nrm, uv, idx = [], [], [], []
for axis in range(3):
    for sign in (-1, 1):
        n = [0, 0, 0]; n[axis] = sign
        u_ax, v_ax = [a for a in range(3) if a != axis]
        base = len(pos)
        for (a, b) in [(0, 0), (1, 0), (1, 1), (0, 1)]:
            p = [0, 0, 0]
            p[axis] = hi[axis] if sign > 0 else lo[axis]
            p[u_ax] = hi[u_ax] if a else lo[u_ax]
            p[v_ax] = hi[v_ax] if b else lo[v_ax]
            pos.append(p); nrm.append(n); uv.append((a, 1 - b))
        # orient triangles so that they face along n
        e1 = [pos[base + 1][i] - pos[base][i] for i in range(3)]
        e2 = [pos[base + 2][i] - pos[base][i] for i in range(3)]
        c = [e1[1]*e2[2]-e1[2]*e2[1], e1[2]*e2[0]-e1[0]*e2[2], e1[0]*e2[1]-e1[1]*e2[0]]
        if sum(c[i]*n[i] for i in range(3)) > 0:
            idx += [base, base+1, base+2, base, base+2, base+3]
        else:
            idx += [base, base+2, base+1, base, base+3, base+2]
pb = b"".join(struct.pack("<3f", *p) for p in pos)
nb = b"".join(struct.pack("<3f", *p) for p in nrm)
tb = b"".join(struct.pack("<2f", *p) for p in uv)
ib = b"".join(struct.pack("<H", i) for i in idx)
buf = pb + nb + tb + ib
def gltf(uri):
    return {
        "asset": {"version": "2.0", "generator": "facet test assets"},
        "scene": 0, "scenes": [{"nodes": [0]}], "nodes": [{"mesh": 0, "name": "box"}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0, "NORMAL": 1, "TEXCOORD_0": 2}, "indices": 3, "mode": 4}]}],
        "buffers": [dict({"byteLength": len(buf)}, **({"uri": uri} if uri else {}))],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": len(pb), "target": 34962},
            {"buffer": 0, "byteOffset": len(pb), "byteLength": len(nb), "target": 34962},
            {"buffer": 0, "byteOffset": len(pb) + len(nb), "byteLength": len(tb), "target": 34962},
            {"buffer": 0, "byteOffset": len(pb) + len(nb) + len(tb), "byteLength": len(ib), "target": 34963}],
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": len(pos), "type": "VEC3", "min": list(lo), "max": list(hi)},
            {"bufferView": 1, "componentType": 5126, "count": len(pos), "type": "VEC3"},
            {"bufferView": 2, "componentType": 5126, "count": len(pos), "type": "VEC2"},
            {"bufferView": 3, "componentType": 5123, "count": len(idx), "type": "SCALAR"}],
    }
with open("box.gltf", "w") as f:
    json.dump(gltf("data:application/octet-stream;base64," + base64.b64encode(buf).decode()), f, indent=1)
js = json.dumps(gltf(None)).encode()
js += b" " * (-len(js) % 4)
bb = buf + b"\0" * (-len(buf) % 4)
body = struct.pack("<I4s", len(js), b"JSON") + js + struct.pack("<I4s", len(bb), b"BIN\0") + bb
with open("box.glb", "wb") as f:
    f.write(struct.pack("<4sII", b"glTF", 2, 12 + len(body)) + body)

# ---- PNGs
def png(name, w, h, pixel):
    raw = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    with open(name, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
png("checker.png", 64, 64, lambda x, y: (250, 250, 250) if (x // 8 + y // 8) % 2 == 0 else (90, 10, 10))
png("gradient.png", 32, 16, lambda x, y: (int(40 + 200 * y / 15), int(90 + 60 * y / 15), int(230 - 200 * y / 15)))

# ---- Radiance HDR, new-style RLE scanlines (literal runs only)
W, H = 32, 16
def radiance(x, y):
    theta = (y + 0.5) / H * math.pi          # 0 at the top (up)
    phi = (x + 0.5) / W * 2 * math.pi
    if theta < math.pi / 2:
        sky = (0.35, 0.55, 1.0)
        t = math.cos(theta)
        c = [sky[i] * (0.6 + 0.8 * t) for i in range(3)]
        if abs(theta - 0.6) < 0.25 and abs(phi - 1.5) < 0.3:
            c = [8.0, 7.5, 6.0]              # the sun
        return c
    return [0.12, 0.08, 0.05]
def rgbe(c):
    m = max(c)
    if m < 1e-32:
        return (0, 0, 0, 0)
    mant, e = math.frexp(m)
    s = mant * 256.0 / m
    return (int(c[0] * s), int(c[1] * s), int(c[2] * s), e + 128)
out = bytearray(b"#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y %d +X %d\n" % (H, W))
for y in range(H):
    px = [rgbe(radiance(x, y)) for x in range(W)]
    out += bytes([2, 2, W >> 8, W & 255])
    for ch in range(4):
        vals = [p[ch] for p in px]
        for s in range(0, W, 128):
            run = vals[s:s + 128]
            out += bytes([len(run)]) + bytes(run)
with open("sky.hdr", "wb") as f:
    f.write(out)

with open("not-a-mesh.obj", "w") as f:
    f.write("this is a shopping list, not a mesh\nmilk\neggs\n")
