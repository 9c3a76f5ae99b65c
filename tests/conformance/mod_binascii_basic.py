import binascii

print(binascii.hexlify(b'\x00\x01\xfe\xff'), binascii.b2a_hex(bytearray(b'abc')))
print(binascii.hexlify(b'abcdefgh', '-'), binascii.hexlify(b'abcdefgh', b':', 3), binascii.hexlify(b'abcdefgh', ' ', -3))
print(binascii.hexlify(b'abc', '.', 10), binascii.hexlify(b'', '-'), binascii.b2a_hex(b'ab', sep='|', bytes_per_sep=1))
print(binascii.unhexlify(b'00ff7F'), binascii.a2b_hex('4142'), binascii.unhexlify(bytearray(b'')))
for f in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.unhexlify('\xe9\xe9'),
          lambda: binascii.hexlify('text'), lambda: binascii.hexlify(b'ab', '--'), lambda: binascii.unhexlify(5),
          lambda: binascii.crc32(), lambda: binascii.crc_hqx(b'')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), issubclass(binascii.Incomplete, Exception))
print(binascii.crc32(b''), binascii.crc32(b'hello world'), binascii.crc32(b'world', binascii.crc32(b'hello ')))
print(binascii.crc32(b'abc', 0xFFFFFFFF), binascii.crc32(b'abc', 2 ** 40 + 5), binascii.crc32(bytes(range(256)) * 10))
print(binascii.crc_hqx(b'', 0), binascii.crc_hqx(b'123456789', 0xFFFF), binascii.crc_hqx(b'abc', 0x1234))
print(binascii.b2a_base64(b''), binascii.b2a_base64(b'a'), binascii.b2a_base64(b'ab'), binascii.b2a_base64(b'abc'))
print(binascii.b2a_base64(bytes(range(0, 256, 7)), newline=False))
print(binascii.a2b_base64(b'YWJj'), binascii.a2b_base64('YWI=\n'), binascii.a2b_base64(b'YQ=='), binascii.a2b_base64(b''))
