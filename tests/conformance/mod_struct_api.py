import struct
s = struct.Struct('<2hd')
print(s.format, s.size, s.pack(1, 2, 3.5), s.unpack(s.pack(1, 2, 3.5)))
print(struct.Struct(b'>I').format, struct.Struct('i').size)
buf = bytearray(20)
s.pack_into(buf, 2, 7, 8, 9.0)
print(buf)
struct.pack_into('<i', buf, -4, 99)
print(buf, s.unpack_from(buf, 2), s.unpack_from(buf, offset=2), struct.unpack_from('<i', buf, 16), struct.unpack_from('<i', buf, -4))
print(struct.unpack_from('b', b'\x05\x06'), struct.unpack_from('<h', buffer=b'\x01\x02\x03', offset=1))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')), list(s.iter_unpack(s.pack(1, 2, 3.0) * 2)))
it = struct.iter_unpack('b', b'abc')
print(next(it), it.__length_hint__(), list(it))
print(struct.unpack('<i', bytearray(b'\x01\x00\x00\x00')))
errs = [lambda: struct.pack('i', 1.5), lambda: struct.pack('i', 'x'), lambda: struct.pack('ii', 1), lambda: struct.pack('i', 1, 2),
        lambda: struct.pack('i'), lambda: struct.pack(), lambda: struct.pack(1), lambda: struct.pack('z'), lambda: struct.pack('3'),
        lambda: struct.unpack('i', b'abc'), lambda: struct.unpack('i', 'abcd'), lambda: struct.unpack_from('i', b'abc'),
        lambda: struct.unpack_from('i', b'abcdefg', 5), lambda: struct.unpack_from('i', b'abcdefg', -10),
        lambda: struct.pack_into('i', bytearray(3), 0, 1), lambda: struct.pack_into('i', bytearray(8), 6, 1),
        lambda: struct.pack_into('i', bytearray(8), -10, 1), lambda: struct.pack_into('i', b'12345678', 0, 1),
        lambda: struct.pack_into('i', bytearray(8)), lambda: struct.pack_into('i', bytearray(8), 0),
        lambda: struct.iter_unpack('i', b'abcde'), lambda: struct.iter_unpack('', b''), lambda: struct.pack('c', b'ab'),
        lambda: struct.pack('c', 1), lambda: struct.pack('s', 'x'), lambda: struct.pack('p', 1), lambda: struct.pack('d', 'x'),
        lambda: struct.pack('<f', 1e300), lambda: struct.pack('e', 1e6), lambda: struct.calcsize('<n'), lambda: struct.calcsize('3 i'),
        lambda: struct.calcsize('99999999999999999999s'), lambda: struct.Struct('i').pack(1, 2)]
for f in errs:
    try:
        print(f())
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    struct.pack('b', 1000)
except Exception as e:
    print(type(e), isinstance(e, Exception), e.args)
print(struct.error, issubclass(struct.error, Exception))
print(struct.pack('@f', 1e300))
