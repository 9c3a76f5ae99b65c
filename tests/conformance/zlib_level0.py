# krait: no-cpython-lib
# Level 0 (stored blocks): their sizes follow zlib's output room, which follows CPython's output buffers.
import zlib, random

r = random.Random(3)


def blocks(z, start):
    out = []
    i = start
    while i < len(z):
        final = z[i] & 1
        n = z[i + 1] | z[i + 2] << 8
        out.append((final, n))
        i += 5 + n
        if final:
            break
    return out


for n in (0, 1, 100, 32000, 32768, 65535, 65536, 70000, 200000, 400000):
    data = r.randbytes(n)
    z = zlib.compress(data, 0)
    assert zlib.decompress(z) == data
    print(n, len(z), blocks(z, 2)[:8], z[-4:].hex())
data = r.randbytes(150000)
c = zlib.compressobj(0)
pieces = [c.compress(data[:1000]), c.compress(data[1000:40000]), c.flush(zlib.Z_SYNC_FLUSH),
          c.compress(data[40000:]), c.flush(zlib.Z_FULL_FLUSH), c.compress(b'end'), c.flush()]
print([len(p) for p in pieces])
whole = b''.join(pieces)
print(len(whole), '%08x' % zlib.crc32(whole), zlib.decompress(whole) == data + b'end')
for wbits in (9, -9, 31):
    c = zlib.compressobj(0, zlib.DEFLATED, wbits, 1)
    pieces = [c.compress(data[:777]), c.compress(data[777:5000]), c.flush(zlib.Z_BLOCK), c.compress(data[5000:9000]), c.flush()]
    print(wbits, [len(p) for p in pieces], '%08x' % zlib.crc32(b''.join(pieces)))
# A flush whose output exactly fills CPython's first 32 KiB output block is repeated by zlib: a second
# empty stored block follows.
for n in (32757, 32758, 32759):
    c = zlib.compressobj(0)
    a = c.compress(bytes(n))
    b = c.flush(zlib.Z_SYNC_FLUSH)
    print(n, len(a), len(b), b[-12:].hex(), len(c.flush()))
