# gzip and zipfile (CPython's Lib over this zlib) must write CPython's exact bytes.
import gzip, io, zipfile, zlib

text = b'gzip and zipfile content, repeated content, repeated content\n' * 200
for level in (0, 1, 6, 9):
    g = gzip.compress(text, compresslevel=level, mtime=0)
    print('gzip.compress', level, len(g), '%08x' % zlib.crc32(g), g[:10].hex(), gzip.decompress(g) == text)
buf = io.BytesIO()
with gzip.GzipFile(filename='', mode='wb', fileobj=buf, mtime=0, compresslevel=5) as f:
    f.write(text[:1000])
    f.flush()
    f.write(text[1000:])
g = buf.getvalue()
print('GzipFile', len(g), '%08x' % zlib.crc32(g), gzip.decompress(g) == text)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', compression=zipfile.ZIP_DEFLATED) as zf:
    for i, level in enumerate((None, 1, 9)):
        info = zipfile.ZipInfo('file%d.txt' % i, date_time=(2020, 1, 2, 3, 4, 6))
        info.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(info, text[i * 100:], compresslevel=level)
    info = zipfile.ZipInfo('stored.bin', date_time=(2021, 5, 6, 7, 8, 10))
    zf.writestr(info, b'stored data')
z = buf.getvalue()
print('zip', len(z), '%08x' % zlib.crc32(z))
with zipfile.ZipFile(io.BytesIO(z), metadata_encoding='ascii') as zf:
    for info in zf.infolist():
        print(info.filename, info.compress_size, info.file_size, '%08x' % info.CRC, len(zf.read(info.filename)))
# A deflate stream as a PNG writer makes it (zlib container, level 9, scanlines with filter bytes).
rows = b''.join(b'\x00' + bytes((x * y) & 0xFF for x in range(64)) for y in range(64))
png_idat = zlib.compress(rows, 9)
print('png', len(png_idat), png_idat[:16].hex(), '%08x' % zlib.crc32(png_idat))
