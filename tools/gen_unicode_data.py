#!/usr/bin/env python3
"""Writes Krait's Unicode tables: src/Krait.Syntax/Unicode/UnicodeCategories.bin (general categories) and
UnicodeNames.bin (character names, the algorithmic CJK ranges and name aliases).

Krait follows CPython 3.11, which ships Unicode 14.0. The input files (Debian's `unicode-data`, under
/usr/share/unicode) may be a newer version (15.0 at the time of writing), so every code point that
DerivedAge.txt dates after 14.0 is treated as unassigned: it gets category Cn and no name. Aliases whose
code point is newer than 14.0 are dropped the same way, and NEWER_ALIASES lists the aliases added after 14.0
to characters that were already in 14.0 (found by comparing with python3.11's unicodedata).

Usage: python3 tools/gen_unicode_data.py [unicode-dir] [output-dir]
When run by a Python whose unicodedata is 14.0.0 (python3.11), the result is checked against it.

Both files are zlib streams; integers are LEB128 varints.
UnicodeCategories.bin:
  "KUC1", block count, per 128-code-point block: index of its (deduplicated) contents,
  distinct block count, then 128 category bytes (indices into CATEGORIES) per distinct block
UnicodeNames.bin:
  "KUN1"
  CJK unified ideograph ranges: count, then (first, last) pairs
  word dictionary: count, then per word: length (byte), ASCII bytes
  names: count, then per name: code point delta from the previous name's code point, word count (byte),
         word indices; words are joined with single spaces
  aliases: count, then per alias: code point, length (byte), ASCII bytes
"""
import collections
import os
import sys
import zlib

MAX_AGE = (14, 0)

# Order shared with UnicodeTable.cs (CategoryNames).
CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
              "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"]

# Aliases in NameAliases.txt 15.0 that Unicode 14.0 did not have (their characters are older).
NEWER_ALIASES = {"EM", "ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE", "SUNDANESE LETTER ARCHAIC I"}


def read_ages(path):
    """Returns a bytearray: 1 where the code point was assigned in MAX_AGE or earlier."""
    old = bytearray(0x110000)
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            cps, age = [p.strip() for p in line.split(";")]
            major, minor = (int(p) for p in age.split("."))
            if (major, minor) > MAX_AGE:
                continue
            if ".." in cps:
                a, b = (int(p, 16) for p in cps.split(".."))
            else:
                a = b = int(cps, 16)
            for cp in range(a, b + 1):
                old[cp] = 1
    return old


def varint(out, n):
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def write(path, payload, summary):
    data = zlib.compress(bytes(payload), 9)
    with open(path, "wb") as f:
        f.write(data)
    print(f"{os.path.basename(path)}: {summary}; {len(payload)} bytes, {len(data)} compressed")


def main():
    udir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "src", "Krait.Syntax", "Unicode")

    old = read_ages(os.path.join(udir, "DerivedAge.txt"))
    category = bytearray(0x110000)  # 0 = Cn
    names = {}
    cjk = []  # (first, last) of CJK unified ideograph ranges, 14.0 part only
    range_start = None
    with open(os.path.join(udir, "UnicodeData.txt"), encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split(";")
            cp = int(fields[0], 16)
            name, cat = fields[1], fields[2]
            if name.endswith(", First>"):
                range_start = cp
                continue
            if name.endswith(", Last>"):
                members = [c for c in range(range_start, cp + 1) if old[c]]
                for c in members:
                    category[c] = CATEGORIES.index(cat)
                if name.startswith("<CJK Ideograph") and members:
                    # Ranges stay contiguous: newer ideographs are only ever appended at the end.
                    assert members[-1] - members[0] + 1 == len(members)
                    cjk.append((members[0], members[-1]))
                continue
            if not old[cp]:
                continue
            category[cp] = CATEGORIES.index(cat)
            if not name.startswith("<"):
                names[cp] = name

    aliases = []
    with open(os.path.join(udir, "NameAliases.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            cp, alias, _kind = line.split(";")
            cp = int(cp, 16)
            if old[cp] and alias not in NEWER_ALIASES:
                aliases.append((cp, alias))

    out = bytearray(b"KUC1")
    block_size = 128
    distinct = {}
    block_index = []
    for start in range(0, 0x110000, block_size):
        block = bytes(category[start:start + block_size])
        block_index.append(distinct.setdefault(block, len(distinct)))
    varint(out, len(block_index))
    for i in block_index:
        varint(out, i)
    varint(out, len(distinct))
    for block in distinct:  # dicts keep insertion order: index order
        out += block
    write(os.path.join(outdir, "UnicodeCategories.bin"), out,
          f"{len(block_index)} blocks, {len(distinct)} distinct")

    out = bytearray(b"KUN1")
    varint(out, len(cjk))
    for a, b in cjk:
        varint(out, a)
        varint(out, b)

    counts = collections.Counter(w for n in names.values() for w in n.split(" "))
    words = sorted(counts, key=lambda w: (-counts[w], w))
    index = {w: i for i, w in enumerate(words)}
    varint(out, len(words))
    for w in words:
        out.append(len(w))
        out += w.encode("ascii")

    varint(out, len(names))
    prev = 0
    for cp in sorted(names):
        parts = names[cp].split(" ")
        varint(out, cp - prev)
        prev = cp
        out.append(len(parts))
        for w in parts:
            varint(out, index[w])

    varint(out, len(aliases))
    for cp, alias in aliases:
        varint(out, cp)
        out.append(len(alias))
        out += alias.encode("ascii")

    write(os.path.join(outdir, "UnicodeNames.bin"), out,
          f"{len(cjk)} CJK ranges, {len(words)} words, {len(names)} names, {len(aliases)} aliases")

    check(category, names, cjk, aliases)


def check(category, names, cjk, aliases):
    import unicodedata
    if unicodedata.unidata_version != "%d.%d.0" % MAX_AGE:
        print("skipping check: this Python has Unicode", unicodedata.unidata_version)
        return
    bad = 0
    for cp in range(0x110000):
        ch = chr(cp)
        if unicodedata.category(ch) != CATEGORIES[category[cp]]:
            bad += 1
            if bad < 20:
                print("category differs", hex(cp), unicodedata.category(ch), CATEGORIES[category[cp]])
        expected = unicodedata.name(ch, None)
        got = names.get(cp)
        if got is None:
            if any(a <= cp <= b for a, b in cjk):
                got = "CJK UNIFIED IDEOGRAPH-%X" % cp
            elif 0xAC00 <= cp <= 0xD7A3:
                got = expected  # Hangul: computed at run time, tested in UnicodeNamesTests
        if expected != got:
            bad += 1
            if bad < 40:
                print("name differs", hex(cp), expected, got)
    for cp, alias in aliases:
        try:
            ok = unicodedata.lookup(alias) == chr(cp)
        except KeyError:
            ok = False
        if not ok:
            bad += 1
            print("alias differs", hex(cp), alias)
    print("check against unicodedata:", "OK" if bad == 0 else f"{bad} differences")
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
