# krait: no-cpython-lib
# Streams fed in random pieces with random flushes: every piece must match CPython's.
import zlib, random

r = random.Random(2024)
vocab = [bytes(r.choice(b'abcdefghijklmnop') for _ in range(r.randint(2, 8))) for _ in range(300)]
text = b' '.join(r.choice(vocab) for _ in range(12000)) + r.randbytes(8000) + bytes(9000) + b'end' * 100

for trial in range(24):
    level = r.choice([-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    strategy = r.choice([0, 0, 1, 2, 3, 4])
    wbits = r.choice([9, 11, 15, -9, -15, 31, 26])
    mem = r.choice([1, 3, 8, 9])
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strategy)
    pos = 0
    pieces = []
    while pos < len(text):
        n = r.choice([0, 1, 5, 200, 4000, 30000])
        pieces.append(c.compress(text[pos:pos + n]))
        pos += n
        if r.random() < 0.25:
            pieces.append(c.flush(r.choice([0, 1, 2, 3, 5])))
    pieces.append(c.flush())
    whole = b''.join(pieces)
    d = zlib.decompressobj(wbits)
    assert d.decompress(whole) == text and d.eof
    sig = zlib.crc32(b'|'.join(p[:8] + p[-8:] + str(len(p)).encode() for p in pieces))
    print(trial, level, strategy, wbits, mem, len(pieces), len(whole), '%08x' % zlib.crc32(whole), '%08x' % sig)
