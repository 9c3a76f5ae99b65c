# Native ('@' and '=') struct layouts and array item bytes: x86_64 and aarch64 Linux are both LP64 and
# little-endian, so native packing must give the same bytes and sizes on both.
import array
import struct
import sys
print(struct.pack('=i', 1), struct.pack('@i', 1), struct.pack('<i', 1), struct.pack('>i', 1))
print(struct.pack('=q', -2), struct.pack('@d', 1.5), struct.pack('=H', 0x1234), struct.pack('!H', 0x1234))
print(struct.calcsize('@i'), struct.calcsize('@l'), struct.calcsize('@P'), struct.calcsize('@q'), struct.calcsize('@n'))
print(struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('@id'), struct.calcsize('@?'), struct.calcsize('@e'))
print(struct.pack('@bq', 1, 2), struct.pack('@hi', -1, 7))
print(struct.unpack('=i', b'\x01\x00\x00\x00'), struct.unpack('@Q', b'\xff' + b'\x00' * 7), struct.unpack('@f', struct.pack('@f', 0.1)))
print(array.array('i', [1]).tobytes(), array.array('l', [1, -1]).tobytes(), array.array('d', [0.5]).tobytes())
print(array.array('H', [0x1234]).tobytes(), array.array('i').itemsize, array.array('l').itemsize, array.array('q').itemsize)
a = array.array('i', [1, 2])
a.byteswap()
print(a.tobytes(), a)
print(array.array('i', b'\x02\x00\x00\x00\x00\x01\x00\x00'))
print(sys.byteorder, sys.maxsize.bit_length(), sys.hash_info.width, sys.hash_info.modulus, sys.float_info.mant_dig)
# The bytecode cache tag names the implementation and version, never the machine.
print(sys.implementation.cache_tag.replace(sys.implementation.name, 'IMPL'))
try:
    struct.pack('@i', 2**31)
except struct.error as e:
    print('struct.error:', e)
try:
    array.array('i', [2**31])
except OverflowError as e:
    print('OverflowError:', e)
