# krait: no-cpython-lib
# Compress.copy(): the copy continues independently from the same state.
import copy
import zlib

text = b'copying compressor state, copying compressor state, and continuing. ' * 30
for level in (0, 1, 6, 9):
    c = zlib.compressobj(level)
    head = c.compress(text[:1000])
    d = c.copy()
    tail1 = c.compress(text[1000:]) + c.flush()
    tail2 = d.compress(text[1000:]) + d.flush()
    e = zlib.compressobj(level)
    ref = e.compress(text) + e.flush()
    print(level, tail1 == tail2, head + tail1 == ref, (head + tail1).hex()[-40:])
c = zlib.compressobj(9, zlib.DEFLATED, -12, 4, zlib.Z_FILTERED)
c.compress(text[:500])
d = c.copy()
x = d.compress(b'different ending ' * 5) + d.flush()
y = c.compress(b'another ending ' * 5) + c.flush()
print(x.hex())
print(y.hex())
c = zlib.compressobj()
c.compress(b'abc')
for dup in (copy.copy(c), copy.deepcopy(c), c.copy()):
    print(type(dup).__name__, (dup.compress(b'def') + dup.flush()).hex())
c.flush()
for f in (c.copy, lambda: copy.copy(c)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
