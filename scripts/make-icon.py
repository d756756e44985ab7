"""Draws build/icons/icon.png (512x512): a blue tile with a white bar chart and a check mark.
Pure Python (zlib + struct) so it runs anywhere; run: python3 scripts/make-icon.py"""
import struct, zlib, os

W = H = 512
BLUE, WHITE, GOLD = (21, 82, 153), (255, 255, 255), (242, 183, 5)

def pixel(x, y):
    r = 72  # rounded corners
    cx, cy = min(max(x, r), W - r), min(max(y, r), H - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    for i, h in enumerate((150, 230, 310)):  # three rising bars
        x0 = 110 + i * 100
        if x0 <= x < x0 + 70 and 420 - h <= y < 420:
            return WHITE + (255,)
    # check mark: two thick strokes
    def near(ax, ay, bx, by, w=22):
        dx, dy = bx - ax, by - ay
        t = max(0, min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= w * w
    if near(250, 150, 310, 210) or near(310, 210, 420, 90):
        return GOLD + (255,)
    return BLUE + (255,)

rows = b''.join(b'\x00' + bytes(c for x in range(W) for c in pixel(x, y)) for y in range(H))
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', W, H, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
out = os.path.join(os.path.dirname(__file__), '..', 'build', 'icons', 'icon.png')
open(out, 'wb').write(png)
print('wrote', out)
