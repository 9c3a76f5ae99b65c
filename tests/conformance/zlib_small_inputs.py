# krait: no-cpython-lib
# Tiny inputs stress the edge cases of block choice and Huffman tree building (one or two used symbols).
import zlib

samples = [b'', b'\x00', b'\xff', b'aa', b'ab', b'aaa', b'aaaa', b'abab', b'abcabc', b'a' * 10, b'ab' * 9,
           bytes(range(10)), b'\x00\xff' * 4, b'zzzzzzzzzzzzzzzzzzzzzzzzzzzz!', b'0123456789' * 3]
for data in samples:
    row = []
    for level in (0, 1, 4, 6, 9):
        for strategy in (0, 2, 3, 4):
            c = zlib.compressobj(level, zlib.DEFLATED, -15, 8, strategy)
            row.append((c.compress(data) + c.flush()).hex())
    print(data[:12], ' '.join(row))
for n in range(0, 40, 3):
    data = bytes((i * 7) % 5 for i in range(n))
    print(n, zlib.compress(data).hex(), zlib.compress(data, 1).hex())
