# krait: no-cpython-lib
# Preset dictionaries: the header's dictionary id, matches into the dictionary, and decompressing with it.
import zlib

zd = b'common words: the and with from that this have were which there'
msg = b'this message uses the common words from that dictionary, and with them it is short'
for level in (0, 1, 4, 6, 9):
    c = zlib.compressobj(level, zdict=zd)
    z = c.compress(msg) + c.flush()
    d = zlib.decompressobj(zdict=zd)
    print(level, z.hex(), d.decompress(z) == msg, d.eof)
c = zlib.compressobj(9, wbits=-15, zdict=zd)
raw = c.compress(msg) + c.flush()
print(raw.hex(), zlib.decompressobj(-15, zdict=zd).decompress(raw) == msg)
big = bytes(range(256)) * 200
c = zlib.compressobj(6, wbits=10, zdict=big)
print((c.compress(big[-500:] * 2) + c.flush()).hex())
c = zlib.compressobj(zdict=bytearray(b'abcabc'))
z = c.compress(b'abcabcabc') + c.flush()
print(z.hex())
for f in (lambda: zlib.decompress(z), lambda: zlib.decompressobj().decompress(z),
          lambda: zlib.decompressobj(zdict=b'abcabd').decompress(z),
          lambda: zlib.decompressobj(zdict=memoryview(b'abcabc')).decompress(z),
          lambda: zlib.decompressobj(zdict='abc'), lambda: zlib.compressobj(zdict='abc'),
          lambda: zlib.compressobj(wbits=31, zdict=b'abc'), lambda: zlib.compressobj(zdict=b'').compress(b'e'),
          lambda: zlib.decompressobj(wbits=47, zdict=b'abcabc').decompress(z)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = zlib.decompressobj(zdict=b'abcabc')
print(d.decompress(z[:2]), d.decompress(z[2:5]), d.decompress(z[5:]), d.eof, d.unused_data)
