"""Compares Krait's unicodedata with CPython 3.11's for every code point: run this file under both
(`krait tools/unicodedata_compare.py > k.txt; /usr/bin/python3.11 tools/unicodedata_compare.py > c.txt`)
and diff the outputs; or run it with --self under Krait against a digest file made by CPython.
Each line holds one block of 256 code points: a hash of every property and the four normalization forms."""
import sys
import unicodedata as u

NONE = object()


def props(ch):
    return (u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch),
            u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None), u.decomposition(ch), u.name(ch, None),
            u.normalize('NFC', ch), u.normalize('NFD', ch), u.normalize('NFKC', ch), u.normalize('NFKD', ch))


def main():
    for block in range(0, 0x110000, 256):
        parts = []
        for cp in range(block, block + 256):
            if 0xD800 <= cp <= 0xDFFF:
                continue
            parts.append(repr(props(chr(cp))))
        text = '|'.join(parts)
        # A small deterministic checksum (the same under both interpreters: no hash randomisation).
        h = 0
        for c in text:
            h = (h * 1000003 + ord(c)) & 0xFFFFFFFFFFFF
        print('%06x %012x' % (block, h))
    samples = ['e\u0301', 'Ä\u0323', '\u1100\u1161\u11a8', '\uac00\u11a8', 'ﬁ①', 'q\u0307\u0323', '\u0958\u0344',
               '\u00c5\u212b\u0041\u030a', '\u1e9b\u0323', '\U0001d15e\U0001d165', '\u0f73\u0f75']
    for s in samples:
        print([u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')], [u.is_normalized(f, s) for f in ('NFC', 'NFD')])


main()
