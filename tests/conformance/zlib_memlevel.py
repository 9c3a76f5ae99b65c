# krait: no-cpython-lib
# memLevel sets the hash size and the symbol buffer, so it changes block boundaries and matches.
import zlib, random

r = random.Random(42)
words = [bytes(r.choice(b'abcdefgh') for _ in range(r.randint(3, 7))) for _ in range(400)]
text = b' '.join(r.choice(words) for _ in range(9000))
mixed = text[:20000] + r.randbytes(3000) + text[20000:]


def h(b):
    return '%d:%08x' % (len(b), zlib.crc32(b))


for mem in range(1, 10):
    row = []
    for level in (0, 1, 3, 4, 6, 9):
        for strategy in (0, 1, 2, 3):
            c = zlib.compressobj(level, zlib.DEFLATED, 15, mem, strategy)
            out = c.compress(mixed) + c.flush()
            row.append('%08x' % zlib.crc32(out))
    print(mem, h(''.join(row).encode()))
for mem in (1, 2, 9):
    for wbits in (9, -10, 30):
        c = zlib.compressobj(6, zlib.DEFLATED, wbits, mem)
        print(mem, wbits, h(c.compress(text) + c.flush()))
print(zlib.DEF_MEM_LEVEL, zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_BUF_SIZE)
for bad in (0, 10, -1):
    try:
        zlib.compressobj(6, zlib.DEFLATED, 15, bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
for bad in (1, 7, 9, 0):
    try:
        zlib.compressobj(6, bad)
        print('method', bad, 'ok')
    except ValueError as e:
        print('method', bad, type(e).__name__, e)
