# random.seed(str/bytes) hashes the seed with SHA-512: lengths around the 128-byte block boundary
# (111/112 bytes change the padding), multi-block seeds and non-ASCII text.
import random
for s in ['', 'a', 'x' * 111, 'y' * 112, 'z' * 127, 'w' * 128, 'v' * 200, 'ünïcødé ☃' * 20, b'bytes' * 50,
          bytearray(b'\x00\xff' * 70)]:
    random.seed(s)
    print(len(s), random.random(), random.getrandbits(70))
