#!/usr/bin/python3.11
"""Writes the expected values for PyReprTests and UnicodeNamesTests into tests/Krait.Syntax.Tests/Data/,
taken from CPython 3.11 itself (run this with /usr/bin/python3.11, 3.11.2: its unicodedata is Unicode 14.0).

  repr_floats.txt    <IEEE bits, 16 hex digits>\t<repr(float)>\t<repr(complex(0.0, float))>
  repr_strings.txt   <code points, hex, space-separated>\t<repr(str)>          (UTF-8)
  repr_bytes.txt     <bytes, hex>\t<repr(bytes)>
  unicode_sample.txt every 97th code point: <hex>\t<category>\t<name or empty>
  unicode_aliases.txt <alias>\t<hex code point>
"""
import os
import random
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "run with python3.11"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "Krait.Syntax.Tests", "Data")
rng = random.Random(3110)


def floats():
    values = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1.0, 123.0, 0.1, 0.0001, 1e-05, 1.5e-07,
              1e16, 1e15, 9999999999999998.0, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
              2.225073858507201e-308, 0.3, 2 / 3, 1 / 3, 100.0, 1234567890123456.0, 12345678901234567.0,
              123456789012345678.0, 0.001, 0.00012345, 0.000012345]
    for k in range(-330, 310):
        values.append(float("1e%d" % k))
        values.append(float("1.5e%d" % k))
    for k in range(-1074, 1024):  # every power of two: the lopsided rounding intervals
        values.append(2.0 ** k)
    for _ in range(1000):
        values.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
    for _ in range(1000):
        values.append(rng.uniform(0, 10) * 10.0 ** rng.randint(-20, 20))
    for _ in range(300):
        values.append(float(rng.randint(0, 10 ** rng.randint(1, 20))))
    for _ in range(200):
        values.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(52)))[0])  # subnormals
    with open(os.path.join(OUT, "repr_floats.txt"), "w", encoding="ascii", newline="\n") as f:
        for v in values:
            bits = struct.unpack("<Q", struct.pack("<d", v))[0]
            f.write("%016x\t%r\t%r\n" % (bits, v, complex(0.0, v)))


def random_code_point():
    kind = rng.randint(0, 5)
    if kind == 0:
        return rng.randint(0, 0x7F)
    if kind == 1:
        return rng.randint(0x80, 0xFF)
    if kind == 2:
        return rng.randint(0x100, 0xFFFF)
    if kind == 3:
        return rng.randint(0x10000, 0x10FFFF)
    if kind == 4:
        return rng.choice([0x27, 0x22, 0x5C, 0x0A, 0x0D, 0x09, 0x20, 0x7F, 0xA0, 0xAD, 0x2028, 0xFEFF, 0xD800, 0xDFFF])
    return rng.randint(0x1F300, 0x1FAFF)


def strings():
    cases = [[], [0x27], [0x22], [0x27, 0x22], [0x27, 0x27, 0x5C], [0x61, 0x27, 0x62]]
    for cp in range(0, 0x110000, 397):
        cases.append([cp])
    for cp in range(0, 0x300):
        cases.append([cp])
    for _ in range(2000):
        s = []
        for _ in range(rng.randint(1, 8)):
            cp = random_code_point()
            # A lone high surrogate before a lone low one is one astral code point to .NET: leave that out.
            if s and 0xD800 <= s[-1] <= 0xDBFF and 0xDC00 <= cp <= 0xDFFF:
                continue
            s.append(cp)
        cases.append(s)
    with open(os.path.join(OUT, "repr_strings.txt"), "w", encoding="utf-8", newline="\n") as f:
        for s in cases:
            f.write("%s\t%s\n" % (" ".join("%x" % c for c in s), repr("".join(map(chr, s)))))


def byte_strings():
    cases = [b"", b"'", b'"', b"'\"", bytes(range(256))]
    cases += [bytes([b]) for b in range(256)]
    for _ in range(500):
        cases.append(bytes(rng.choice([rng.randint(0, 255), 0x27, 0x22, 0x5C, 0x41]) for _ in range(rng.randint(1, 10))))
    with open(os.path.join(OUT, "repr_bytes.txt"), "w", encoding="ascii", newline="\n") as f:
        for b in cases:
            f.write("%s\t%r\n" % (b.hex(), b))


def unicode_sample():
    with open(os.path.join(OUT, "unicode_sample.txt"), "w", encoding="ascii", newline="\n") as f:
        for cp in list(range(0, 0x110000, 97)) + [0xAC00, 0xAC01, 0xD7A3, 0xD7A4, 0x4E00, 0x9FFF, 0x2B738, 0x2B739,
                                                  0x3134A, 0x3134B, 0x31350, 0x1F977, 0x1FAE8, 0xF900, 0x17000]:
            ch = chr(cp)
            f.write("%x\t%s\t%s\n" % (cp, unicodedata.category(ch), unicodedata.name(ch, "")))
    aliases = []
    with open("/usr/share/unicode/NameAliases.txt", encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                alias = line.split(";")[1]
                try:
                    aliases.append((alias, ord(unicodedata.lookup(alias))))
                except KeyError:
                    pass  # newer than Unicode 14.0
    with open(os.path.join(OUT, "unicode_aliases.txt"), "w", encoding="ascii", newline="\n") as f:
        for alias, cp in aliases:
            f.write("%s\t%x\n" % (alias, cp))


os.makedirs(OUT, exist_ok=True)
floats()
strings()
byte_strings()
unicode_sample()
