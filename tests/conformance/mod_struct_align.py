import struct
def calc(f):
    try:
        return struct.calcsize(f)
    except struct.error as e:
        return 'error: ' + str(e)
fmts = ['ci', 'cq', 'ch', 'hc', 'cd', 'cf', 'ce', 'c?', 'cP', 'cn', 'cN', 'ciq', 'qc', 'bhiqd', 'dcb', '3c2i', 'c0i', 'c0q', '5sd', '2pq',
        'ci0l', 'xxxi', 'x3h', '?ll', 'hhl', 'ihq']
for f in fmts:
    print(f, calc(f), calc('=' + f), calc('<' + f), calc('!' + f))
s = struct.Struct('@ciqd')
data = s.pack(b'x', 7, -8, 2.5)
print(s.size, data, s.unpack(data))
s2 = struct.Struct('<ciqd')
print(s2.size, s2.pack(b'x', 7, -8, 2.5), s2.unpack(s2.pack(b'x', 7, -8, 2.5)))
s3 = struct.Struct('>ciqd')
print(s3.size, s3.pack(b'x', 7, -8, 2.5), s3.unpack(s3.pack(b'x', 7, -8, 2.5)))
print(struct.pack('@bq', 1, 2), struct.pack('=bq', 1, 2))
print(struct.pack('@3bi', 1, 2, 3, 4), struct.unpack('@3bi', struct.pack('@3bi', 1, 2, 3, 4)))
print(struct.pack('@?h?', True, 5, False))
records = struct.pack('<' + 'hH' * 4, *range(8))
print(list(struct.iter_unpack('<hH', records)))
print(struct.unpack('<4s4sI', b'RIFF' + b'WAVE' + struct.pack('<I', 36)))
