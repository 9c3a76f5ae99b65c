# krait: no-cpython-lib
# crc32/adler32 with start values, and the version strings CPython reports here.
import zlib

print(zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION)
for data in (b'', b'a', b'abc', b'hello world' * 1000, bytes(range(256)) * 50):
    print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 12345),
          zlib.crc32(data, 0xFFFFFFFF), zlib.adler32(data, 0xFFFFFFFF), zlib.adler32(data, 0))
big = bytes(range(256)) * 300
print(zlib.adler32(big), zlib.adler32(big[100:], zlib.adler32(big[:100])), zlib.crc32(big[7:], zlib.crc32(big[:7])))
print(zlib.crc32(b'x', -1), zlib.adler32(b'x', -1), zlib.crc32(b'x', 2 ** 40 + 5), zlib.adler32(bytearray(b'ba')))
print(zlib.crc32(memoryview(b'view')), zlib.adler32(memoryview(b'view')))
print(zlib.adler32(b'\x00', 0xFFFFFFF0), zlib.adler32(b'', 0xFFF1FFF2), zlib.adler32(b'\x00' * 2, 0xFFFFFFF0), zlib.adler32(b'\xff', 0xFFFFFFFF))
for f in (lambda: zlib.crc32('str'), lambda: zlib.adler32(None), lambda: zlib.crc32(b'a', 1.5), lambda: zlib.crc32()):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
