import zlib

ZHEX = '78da0bc94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d5228014ae72456552aa4e4a7eb29848c2a1e553caa98da8a191899985958d9d83938b9b87978f9f8050485844544c5c42524a5a46564e5e4151495945554d5d43534b5b47574f5f40d0c8d8c4d4ccdcc2d2cadac6d6cedec1d1c9d9c5d5cdddc3d3cbdbc7d7cfdfc030283824342c3c22322a3a26362e3e2131293925352d3d23332b3b27372f3f20b0a8b8a4b4acbca2b2aabaa6b6aebea1b1a9b9a5b5adbda3b3abbba7b7afbfa274c9c3479cad469d367cc9c357bcedc79f3172c5cb478c9d265cb57ac5cb57acdda75eb376cdcb479cbd66ddb77ecdcb57bcfde7dfb0f1c3c74f8c8d163c74f9c3c75faccd973e72f5cbc74f9cad56bd76fdcbc75fbcedd7bf71f3c7cf4f8c9d367cf5fbc7cf5facddb77ef3f7cfcf4f9cbd76fdf7ffcfcf5fbcfdf7fff011497c29c'
RAWHEX = 'cb48cdc9c957c8402701'
GZHEX = '1f8b08000000000002034bafca2c5048492c4954481f651160010024c122472c010000'

TEXT = b"The quick brown fox jumps over the lazy dog. " * 20 + bytes(range(256))
z = bytes.fromhex(ZHEX)
print(zlib.decompress(z) == TEXT, len(zlib.decompress(z)))
print(zlib.decompress(bytes.fromhex(RAWHEX), -15))
print(zlib.decompress(bytes.fromhex(GZHEX), 31)[:30], zlib.decompress(bytes.fromhex(GZHEX), 47)[-12:])
print(zlib.decompress(z, 47) == TEXT, zlib.decompress(z, 0) == TEXT, zlib.decompress(bytearray(z)) == TEXT)
print(zlib.decompress(z + b'trailing junk') == TEXT)
for level in range(-1, 10):
    for wbits in (15, -15, 31, 9, -9):
        c = zlib.compress(TEXT, level, wbits)
        assert zlib.decompress(c, wbits if wbits != 9 else 15) == TEXT, (level, wbits)
print('levels ok', zlib.compress(b'', 0)[:2], zlib.decompress(zlib.compress(b'')))
print(zlib.decompress(zlib.compress(bytes(100000))) == bytes(100000))
big = bytes((i * 7919) % 251 for i in range(200000))
print(zlib.decompress(zlib.compress(big, 1)) == big, zlib.decompress(zlib.compress(big, wbits=-12), -15) == big)
print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'lo', zlib.crc32(b'hel')), zlib.crc32(TEXT))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'lo', zlib.adler32(b'hel')), zlib.adler32(bytes(10000) + b'\xff' * 10000))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED)
print(zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_FILTERED)
print(zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.ZLIB_VERSION[:2], issubclass(zlib.error, Exception))
bad = [b'', b'x', b'abc', z[:-1], z[:10], b'\x78\x9c\xff\xff', b'\x08\x1d' + z[2:], bytes([0x78, 0x9c]) + b'\x07']
for b in bad:
    try:
        zlib.decompress(b)
    except zlib.error as e:
        print('error', e)
corrupt = bytearray(z)
corrupt[-1] ^= 1
for f in [lambda: zlib.decompress(bytes(corrupt)), lambda: zlib.decompress(z, 100), lambda: zlib.compress(b'', 10),
          lambda: zlib.decompress('text'), lambda: zlib.compress(b'', -2), lambda: zlib.decompress(bytes.fromhex(GZHEX))]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
