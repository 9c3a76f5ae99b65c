# Numeric hashes are defined modulo 2**61 - 1 on 64-bit builds and do not depend on PYTHONHASHSEED.
print(hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**64 + 5), hash(10**30))
print(hash(1.5), hash(-0.0), hash(1e300), hash(float('inf')), hash(2.0**-30))
print(hash((1, 2, 3)), hash(()), hash((1.5, -1)))
print(hash(True), hash(False), hash(3.0) == hash(3))
