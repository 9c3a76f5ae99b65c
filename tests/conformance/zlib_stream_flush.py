# krait: no-cpython-lib
# compressobj pieces: what compress() returns before a flush, and each flush mode's bytes.
import zlib

text = b'Streaming text with some repetition, streaming text with some repetition. ' * 8
modes = [('NO_FLUSH', zlib.Z_NO_FLUSH), ('PARTIAL', zlib.Z_PARTIAL_FLUSH), ('SYNC', zlib.Z_SYNC_FLUSH),
         ('FULL', zlib.Z_FULL_FLUSH), ('BLOCK', zlib.Z_BLOCK)]
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
for level in (0, 1, 6, 9):
    for name, mode in modes:
        c = zlib.compressobj(level)
        a = c.compress(text[:300])
        b = c.flush(mode)
        d = c.compress(text[300:])
        e = c.flush(mode)
        f = c.flush(mode)
        g = c.flush()
        whole = a + b + d + e + f + g
        assert zlib.decompress(whole) == text
        print(level, name, a.hex(), b.hex()[:60], len(b), len(d), e.hex()[-24:], len(e), f.hex(), g.hex())
c = zlib.compressobj()
print(c.compress(b''), c.compress(b''), c.flush(zlib.Z_SYNC_FLUSH), c.flush(zlib.Z_SYNC_FLUSH))
print(c.flush(zlib.Z_FULL_FLUSH), c.flush(zlib.Z_PARTIAL_FLUSH), c.flush(zlib.Z_BLOCK), c.flush())
c = zlib.compressobj(wbits=-15)
print(c.flush(zlib.Z_PARTIAL_FLUSH).hex(), c.flush(zlib.Z_PARTIAL_FLUSH).hex(), c.compress(b'abc').hex(), c.flush(zlib.Z_PARTIAL_FLUSH).hex(), c.flush().hex())
c = zlib.compressobj(1, wbits=31)
print(c.compress(b'gzip stream').hex(), c.flush(zlib.Z_SYNC_FLUSH).hex(), c.compress(b' more').hex(), c.flush().hex())
# A full flush forgets the history: the repeat after it cannot be a back reference.
c = zlib.compressobj(9)
p1 = c.compress(b'repeat me please ' * 3) + c.flush(zlib.Z_FULL_FLUSH)
p2 = c.compress(b'repeat me please ' * 3) + c.flush()
print(p1.hex())
print(p2.hex())
c = zlib.compressobj(9)
q1 = c.compress(b'repeat me please ' * 3) + c.flush(zlib.Z_SYNC_FLUSH)
q2 = c.compress(b'repeat me please ' * 3) + c.flush()
print(q2.hex(), len(q2) < len(p2))
# Flushing with Z_FINISH ends the stream; the object can no longer be used.
c = zlib.compressobj()
c.compress(b'data')
print(c.flush(zlib.Z_FINISH).hex())
for f in (lambda: c.compress(b'x'), lambda: c.flush(), lambda: c.flush(zlib.Z_SYNC_FLUSH), lambda: c.copy()):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(c.flush(zlib.Z_NO_FLUSH))
for bad in (-1, 6, 7, 100):
    try:
        print(zlib.compressobj().flush(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
