import gzip
import io
import zlib

GZHEX = None
GZHEX = '1f8b08000000000002034bafca2c5048492c4954481f651160010024c122472c010000'
g = bytes.fromhex(GZHEX)
print(gzip.decompress(g))
print(gzip.decompress(g + g) == b'gzip data ' * 60)
data = bytes(range(256)) * 40 + b'tail'
c = gzip.compress(data)
print(c[:3], gzip.decompress(c) == data, len(gzip.compress(b'', mtime=0)) > 10)
for level in (1, 5, 9):
    print(level, gzip.decompress(gzip.compress(data, compresslevel=level, mtime=0)) == data)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    f.write(b'line one\n')
    f.write(b'line two\n' * 1000)
raw = buf.getvalue()
print(raw[:4], raw[4:8])
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.readline(), len(f.read()))
with gzip.GzipFile(fileobj=io.BytesIO(g)) as f:
    print(f.read(5), f.read(7), len(f.read()))
try:
    gzip.decompress(b'not gzip at all')
except Exception as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(g[:-3])
except Exception as e:
    print(type(e).__name__, e)
bad = bytearray(g)
bad[-8] ^= 0xFF
try:
    gzip.decompress(bytes(bad))
except Exception as e:
    print(type(e).__name__, e)
