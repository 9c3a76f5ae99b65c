# krait: no-cpython-lib
# zlib.compress at every level must give CPython's (zlib 1.2.13's) exact bytes.
import zlib, random

r = random.Random(1234)
words = [bytes(r.choice(b'etaoinshrdlu') for _ in range(r.randint(1, 8))) for _ in range(150)]
inputs = {
    'empty': b'',
    'one': b'A',
    'two': b'AB',
    'short': b'hello, world',
    'pangram': b'The quick brown fox jumps over the lazy dog. ' * 25,
    'ramp': bytes(range(256)) * 3,
    'runs': b'a' * 1000 + b'b' * 300 + b'ab' * 400,
    'random': r.randbytes(2000),
    'words': b' '.join(r.choice(words) for _ in range(6000)),
}


def h(b):
    return '%d:%08x' % (len(b), zlib.crc32(b))


for name, data in inputs.items():
    outs = [zlib.compress(data, level) for level in range(-1, 10)]
    print(name, ' '.join(h(o) for o in outs))
    assert all(zlib.decompress(o) == data for o in outs)
print(zlib.compress(b'').hex(), zlib.compress(b'', 0).hex(), zlib.compress(b'', 1).hex(), zlib.compress(b'', 9).hex())
print(zlib.compress(b'hello hello hello hello').hex())
print(zlib.compress(b'hello hello hello hello', 1).hex())
print(zlib.compress(b'abcabcabcabcabcabcabc', level=9).hex())
print(zlib.compress(b'x').hex(), zlib.compress(b'x', 0).hex())
print(zlib.compress(bytearray(b'bytearray input' * 3)).hex())
print(zlib.compress(memoryview(b'memoryview input' * 3)).hex())
