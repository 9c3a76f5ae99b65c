# krait: no-cpython-lib
# 1 MB of mixed data (text, random, zeros, long repeats beyond the 32 KiB window) at levels 1, 6, 9.
import zlib, random

r = random.Random(777)
vocab = [bytes(r.choice(b'abcdefghijklmnopqrstuvwxyz') for _ in range(r.randint(1, 12))) for _ in range(3000)]
parts = []
size = 0
while size < 1 << 20:
    kind = r.randrange(4)
    if kind == 0:
        p = b' '.join(r.choice(vocab) for _ in range(r.randint(100, 3000)))
    elif kind == 1:
        p = r.randbytes(r.randint(100, 20000))
    elif kind == 2:
        p = bytes([r.randrange(256)]) * r.randint(10, 5000)
    else:
        p = parts[r.randrange(len(parts))] if parts else b'seed'
    parts.append(p)
    size += len(p)
data = b''.join(parts)[:1 << 20]
print(len(data))
for level in (1, 6, 9):
    z = zlib.compress(data, level)
    assert zlib.decompress(z) == data
    print(level, len(z), '%08x' % zlib.crc32(z), z[:12].hex(), z[-12:].hex())
c = zlib.compressobj(6, zlib.DEFLATED, 15, 9, zlib.Z_RLE)
z = c.compress(data) + c.flush()
print('rle', len(z), '%08x' % zlib.crc32(z))
c = zlib.compressobj(2, zlib.DEFLATED, -15, 2)
z = b''.join(c.compress(data[i:i + 65536]) for i in range(0, len(data), 65536)) + c.flush()
print('pieces', len(z), '%08x' % zlib.crc32(z))
window = r.randbytes(40000)
far = window + b'-' * 100 + window
for level in (1, 6, 9):
    z = zlib.compress(far, level)
    print('far', level, len(z), '%08x' % zlib.crc32(z))
