# krait: no-cpython-lib
# Skewed symbol frequencies: code lengths must be limited (15 bits, 7 for the code-length code) the way
# zlib limits them, and equal frequencies ordered as zlib orders them.
import zlib

fib = [1, 1]
while len(fib) < 26:
    fib.append(fib[-1] + fib[-2])
skewed = b''.join(bytes([i]) * f for i, f in enumerate(fib))
print(len(skewed))
for level in (1, 6, 9):
    for strategy in (0, 2):
        c = zlib.compressobj(level, zlib.DEFLATED, 15, 8, strategy)
        z = c.compress(skewed) + c.flush()
        print(level, strategy, len(z), '%08x' % zlib.crc32(z), zlib.decompress(z) == skewed)
# Interleaved so runs do not collapse into matches.
inter = bytearray()
for i, f in enumerate(fib[:22]):
    for k in range(f):
        inter += bytes([i, (k * 37 + i) % 256])
z = zlib.compress(bytes(inter), 9)
print(len(inter), len(z), '%08x' % zlib.crc32(z))
flat = bytes(range(256)) * 4 + bytes(range(0, 256, 2)) * 2
for level in (1, 9):
    c = zlib.compressobj(level, zlib.DEFLATED, 15, 8, zlib.Z_HUFFMAN_ONLY)
    z = c.compress(flat) + c.flush()
    print('flat', level, len(z), z[:24].hex())
ties = b''.join(bytes([i]) * (1 + i % 3) for i in range(200))
print(zlib.compress(ties, 6).hex()[:120])
