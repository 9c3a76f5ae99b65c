# krait: no-cpython-lib
# Window sizes (zlib, raw and gzip containers): headers, trailers and the matches a small window allows.
import zlib, random

r = random.Random(5)
chunk = r.randbytes(700)
far = chunk + bytes(r.randrange(256) for _ in range(9000)) + chunk + b'tail' * 50
texts = [b'', b'w', b'window ' * 40, far]


def h(b):
    return '%d:%08x' % (len(b), zlib.crc32(b))


for wbits in list(range(9, 16)) + list(range(-15, -8)) + list(range(25, 32)):
    row = []
    for data in texts:
        for level in (1, 6, 9):
            c = zlib.compressobj(level, zlib.DEFLATED, wbits)
            out = c.compress(data) + c.flush()
            back = zlib.decompress(out, wbits if wbits > 0 else wbits)
            assert back == data
            row.append(h(out))
    print(wbits, ' '.join(row))
for wbits in (9, 12, 15, -9, -15, 25, 31):
    print(wbits, zlib.compress(b'header check', 6, wbits).hex())
print(zlib.compress(b'eight', 6, 8).hex())
print(zlib.compressobj(wbits=8).flush().hex())
for level in (0, 1, 2, 5, 6, 7, 9):
    print(level, zlib.compress(b'', level).hex(), zlib.compress(b'', level, 31).hex(), zlib.compress(b'', level, 10).hex())
for strategy in range(5):
    c = zlib.compressobj(4, zlib.DEFLATED, 31, 8, strategy)
    print('gzip strategy', strategy, (c.compress(b'gz') + c.flush()).hex())
for bad in (7, 16, 24, 32, -8, -16, 0, 40, 47):
    try:
        zlib.compressobj(wbits=bad)
        print(bad, 'ok')
    except ValueError as e:
        print(bad, type(e).__name__, e)
    try:
        zlib.compress(b'x', 6, bad)
        print(bad, 'ok')
    except zlib.error as e:
        print(bad, type(e).__name__, e)
