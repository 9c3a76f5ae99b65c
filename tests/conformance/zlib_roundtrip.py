# krait: no-cpython-lib
# Round trips through every container, with decompressobj limits, unused_data and unconsumed_tail.
import zlib, random

r = random.Random(8)
samples = [b'', b'r', b'round trip ' * 100, r.randbytes(5000), bytes(70000)]
for wbits, dwbits in ((15, 15), (9, 15), (-15, -15), (-9, -9), (31, 31), (31, 47), (15, 47), (25, 31), (12, 0)):
    ok = True
    for data in samples:
        for level in (0, 1, 6, 9):
            c = zlib.compressobj(level, zlib.DEFLATED, wbits)
            z = c.compress(data) + c.flush()
            ok = ok and zlib.decompress(z, dwbits) == data
            d = zlib.decompressobj(dwbits)
            out = d.decompress(z + b'extra', 1000)
            while d.unconsumed_tail and not d.eof:
                out += d.decompress(d.unconsumed_tail, 1000)
            out += d.flush()
            ok = ok and out == data and d.eof and d.unused_data.endswith(b'extra')
    print(wbits, dwbits, ok)
z = zlib.compress(b'limited output ' * 200, 9)
d = zlib.decompressobj()
first = d.decompress(z, 25)
print(first, len(d.unconsumed_tail), d.eof)
print(len(d.decompress(d.unconsumed_tail)), d.eof, d.unconsumed_tail, d.unused_data)
for bad in (z[:-1], z[:5], b'\x78\x9c\xff\xff', z[:2] + b'\x07' + z[3:], b'garbage!', z[:-4] + b'\0\0\0\0'):
    try:
        print(len(zlib.decompress(bad)))
    except zlib.error as e:
        print('error', e)
d = zlib.decompressobj()
print(d.decompress(z[:-1]) == b'limited output ' * 200, d.eof)
print(d.decompress(z[-1:]), d.eof)
