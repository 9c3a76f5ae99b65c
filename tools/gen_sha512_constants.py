#!/usr/bin/env python3
"""Prints SHA-512's constants (FIPS 180-4) for src/Krait.Modules/Sha512.cs: K are the first 64 bits of the
fractional parts of the cube roots of the first 80 primes, the initial H those of the square roots of the first 8."""
from math import isqrt


def primes(n):
    found, k = [], 2
    while len(found) < n:
        if all(k % p for p in found if p * p <= k):
            found.append(k)
        k += 1
    return found


def icbrt(n):
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while (x + 1) ** 3 <= n:
        x += 1
    while x ** 3 > n:
        x -= 1
    return x


MASK = (1 << 64) - 1
K = [icbrt(p << 192) & MASK for p in primes(80)]
H = [isqrt(p << 128) & MASK for p in primes(8)]
for name, values in (("K", K), ("InitialH", H)):
    print(name)
    for i in range(0, len(values), 4):
        print("        " + ", ".join(f"0x{v:016x}UL" for v in values[i:i + 4]) + ",")
