#!/usr/bin/env python3
"""Generates the offline sampling app's PNG icons (issue 19) without any image library:
a blue tile with a white seal (a ring) and a check mark. Run from the repository root:
    python3 docs/tools/gen_field_icons.py
"""
import math
import struct
import zlib

BLUE = (13, 110, 253)
WHITE = (255, 255, 255)


def png(path, size, maskable=False):
    rows = []
    c = size / 2
    pad = size * (0.18 if maskable else 0.0)  # maskable icons keep their drawing inside the safe zone
    r_out = (size / 2 - pad) * 0.78
    r_in = r_out * 0.80
    # check mark: two segments, relative to the circle
    p1 = (c - r_in * 0.50, c + r_in * 0.02)
    p2 = (c - r_in * 0.12, c + r_in * 0.40)
    p3 = (c + r_in * 0.55, c - r_in * 0.38)
    stroke = r_in * 0.16
    radius = size * 0.18 if not maskable else 0

    def seg_dist(px, py, a, b):
        ax, ay = a
        bx, by = b
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
        return math.hypot(px - (ax + t * dx), py - (ay + t * dy))

    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            px, py = x + 0.5, y + 0.5
            # rounded tile (transparent corners) unless maskable (full bleed)
            inside = True
            if radius:
                cx = min(max(px, radius), size - radius)
                cy = min(max(py, radius), size - radius)
                inside = math.hypot(px - cx, py - cy) <= radius
            if not inside:
                row += bytes((0, 0, 0, 0))
                continue
            d = math.hypot(px - c, py - c)
            white = r_in <= d <= r_out or min(seg_dist(px, py, p1, p2), seg_dist(px, py, p2, p3)) <= stroke / 2
            row += bytes((*(WHITE if white else BLUE), 255))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)


base = "app/src/main/resources/static/field/icons/"
png(base + "icon-192.png", 192)
png(base + "icon-512.png", 512)
png(base + "icon-maskable-512.png", 512, maskable=True)
png(base + "apple-touch-icon.png", 180)
