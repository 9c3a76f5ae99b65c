import struct
def hx(b):
    return ''.join(['%02x' % x for x in b])
for fmt in ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'e', 'f', 'd', '?', 'c', 'x', 's', 'p',
            'bi', 'ib', 'bq', 'hd', 'cid', '3i', '0i', 'b0l', '5s', '10p', 'ihb', 'xxi', '@bi', '=bi', '<bi', '>bi', '!bi', 'i b', '2x3b', 'b 5s', '']:
    try:
        print(repr(fmt), struct.calcsize(fmt))
    except struct.error as e:
        print(repr(fmt), 'error', e)
vals = [0, 1, -1, 127, -128, 255, 1000, -1000, 65535, 2**31 - 1, -2**31, 2**32 - 1, 2**63 - 1, -2**63, 2**64 - 1]
for order in '@<>=!':
    for c in 'bBhHiIlLqQ':
        out = []
        for v in vals:
            try:
                p = struct.pack(order + c, v)
                out.append(hx(p) + '=' + str(struct.unpack(order + c, p)[0]))
            except struct.error as e:
                out.append('E:' + str(e))
        print(order, c, out)
for c in 'nNP':
    for v in (0, 5, -5, 2**63 - 1, 2**64 - 1, 2**64):
        try:
            p = struct.pack(c, v)
            print(c, v, hx(p), struct.unpack(c, p))
        except struct.error as e:
            print(c, v, 'error', e)
for order in '<>':
    for c in 'efd':
        for v in (0.0, -0.0, 1.5, -2.25, 0.1, 1e-5, 65504.0, 3.4e38, 1e300, float('inf'), float('-inf'), 1, 5e-8):
            try:
                p = struct.pack(order + c, v)
                print(order, c, v, hx(p), struct.unpack(order + c, p))
            except (struct.error, OverflowError) as e:
                print(order, c, v, type(e).__name__, e)
print(hx(struct.pack('<e', float('nan'))), hx(struct.pack('<f', float('nan'))), hx(struct.pack('<d', float('nan'))))
print(struct.pack('?', 0), struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('???', b'\x00\x01\x02'))
print(struct.pack('c', b'a'), struct.pack('3c', b'x', b'y', b'z'), struct.unpack('2c', b'ab'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('s', b''), struct.unpack('3s', b'xyz'), struct.pack('0s', b'a'))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.unpack('5p', b'\x02abcd'), struct.unpack('3p', b'\x09ab'))
print(struct.pack('bi', 1, 2), struct.pack('<bi', 1, 2), struct.pack('>hq', -2, 3), struct.pack('@bhiq', 1, 2, 3, 4))
print(struct.unpack('@bhiq', struct.pack('@bhiq', 1, -2, 3, -4)), struct.unpack('<bxxhd', struct.pack('<bxxhd', 7, 8, 9.5)))
print(struct.pack('i', True), struct.pack('f', 1), struct.pack('d', 2), struct.pack('3s', bytearray(b'ab')))
class Idx:
    def __index__(self): return 42
print(struct.pack('i', Idx()), struct.pack(b'<h', 3))
