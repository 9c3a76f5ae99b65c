# krait: no-cpython-lib
# Every strategy (default, filtered, Huffman-only, RLE, fixed) at every level, through compressobj.
import zlib, random

r = random.Random(99)
text = b''.join(r.choice([b'alpha ', b'beta ', b'gamma ', b'delta\n', b'0123456789', b'  ']) for _ in range(3000))
data_sets = [b'', b'q', b'aaaaaaaaaabbbbbbbbbbbbbbbbbbbccc' * 20, text, r.randbytes(1500), bytes(4000) + b'\x01\x02' * 500]
names = {0: 'DEFAULT', 1: 'FILTERED', 2: 'HUFFMAN_ONLY', 3: 'RLE', 4: 'FIXED'}
print(zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED)


def h(b):
    return '%d:%08x' % (len(b), zlib.crc32(b))


for st in range(5):
    for i, data in enumerate(data_sets):
        row = []
        for level in range(-1, 10):
            c = zlib.compressobj(level, zlib.DEFLATED, 15, 8, st)
            out = c.compress(data) + c.flush()
            assert zlib.decompress(out) == data
            row.append(h(out))
        print(names[st], i, ' '.join(row))
c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, zlib.Z_FIXED)
print((c.compress(b'fixed huffman codes only, fixed huffman codes only') + c.flush()).hex())
c = zlib.compressobj(9, zlib.DEFLATED, 15, 8, zlib.Z_HUFFMAN_ONLY)
print((c.compress(b'mississippi river mississippi') + c.flush()).hex())
c = zlib.compressobj(strategy=zlib.Z_RLE)
print((c.compress(b'aaaaaaaaaaaaaaaabbbbbbbbbbbbbbbbbbbbbbbb') + c.flush()).hex())
