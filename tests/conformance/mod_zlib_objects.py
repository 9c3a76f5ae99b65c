import zlib

ZHEX = '78da0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29848c2a1e553caa98da8a191899985958d9d83938b9b87978f9f8050485844544c5c42524a5a46564e5e4151495945554d5d43534b5b47574f5f40d0c8d8c4d4ccdcc2d2cadac6d6cedec1d1c9d9c5d5cdddc3d3cbdbc7d7cfdfc030283824342c3c22322a3a26362e3e2131293925352d3d23332b3b27372f3f20b0a8b8a4b4acbca2b2aabaa6b6aebea1b1a9b9a5b5adbda3b3abbba7b7afbfa274c9c3479cad469d367cc9c357bcedc79f3172c5cb478c9d265cb57ac5cb57acdda75eb376cdcb479cbd66ddb77ecdcb57bcfde7dfb0f1c3c74f8c8d163c74f9c3c75faccd973e72f5cbc74f9cad56bd76fdcbc75fbcedd7bf71f3c7cf4f8c9d367cf5fbc7cf5facddb77ef3f7cfcf4f9cbd76fdf7ffcfcf5fbcfdf7fff011497c29c'
RAWHEX = 'cb48cdc9c957c8402701'
GZHEX = '1f8b08000000000002034bafca2c5048492c4954481f651160010024c122472c010000'

TEXT = b"The quick brown fox jumps over the lazy dog. " * 20 + bytes(range(256))
z = bytes.fromhex(ZHEX)
for step in (1, 3, 64, 1000):
    d = zlib.decompressobj()
    out = b''
    for i in range(0, len(z), step):
        out += d.decompress(z[i:i + step])
    print(step, out == TEXT, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(z + b'EXTRA') == TEXT, d.eof, d.unused_data, d.unconsumed_tail)
print(d.decompress(b'more'), d.unused_data, d.unconsumed_tail, d.flush())
d = zlib.decompressobj()
first = d.decompress(z, 100)
print(len(first), first[:20], d.eof, len(d.unconsumed_tail) > 0)
out = first
while d.unconsumed_tail:
    chunk = d.decompress(d.unconsumed_tail, 100)
    assert len(chunk) <= 100
    out += chunk
out += d.flush()
print(out == TEXT, d.eof)
d = zlib.decompressobj()
part = d.decompress(z, 500)
rest = d.flush()
print(len(part), part + rest == TEXT, d.eof)
d = zlib.decompressobj()
half = d.decompress(z[:len(z) // 2])
c = d.copy()
print(half + d.decompress(z[len(z) // 2:]) == TEXT, half + c.decompress(z[len(z) // 2:]) == TEXT, c.eof)
d = zlib.decompressobj(-15)
print(d.decompress(bytes.fromhex(RAWHEX)), d.eof)
d = zlib.decompressobj(31)
g = bytes.fromhex(GZHEX)
print(d.decompress(g[:15]), len(d.decompress(g[15:])), d.eof)
d = zlib.decompressobj(47)
print(len(d.decompress(g + b'tail')), d.unused_data)
d = zlib.decompressobj()
print(d.decompress(z[:10]) == TEXT[:0] or True, d.eof, d.flush() is not None, d.eof)
for f in [lambda: zlib.decompressobj().decompress(b'not zlib data'), lambda: zlib.decompressobj().decompress(z, -1),
          lambda: zlib.decompressobj().flush(0), lambda: zlib.decompressobj(wbits=99), lambda: zlib.decompressobj().decompress('s')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

for level in (0, 1, 6, 9):
    for wbits in (15, -15, 31):
        co = zlib.compressobj(level, zlib.DEFLATED, wbits)
        pieces = [co.compress(TEXT[i:i + 100]) for i in range(0, len(TEXT), 100)]
        pieces.append(co.flush())
        data = b''.join(pieces)
        print(level, wbits, zlib.decompress(data, wbits) == TEXT)
co = zlib.compressobj()
a = co.compress(b'first part ')
a += co.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj()
print(d.decompress(a), d.eof)
a2 = co.compress(b'second part') + co.flush()
print(d.decompress(a2), d.eof)
print(co.flush(zlib.Z_NO_FLUSH) if False else 'flushed')
for f in [lambda: co.compress(b'x'), lambda: co.flush(), lambda: zlib.compressobj(10), lambda: zlib.compressobj(wbits=99),
          lambda: zlib.compressobj(method=9), lambda: zlib.compressobj(memLevel=0)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
