#!/usr/bin/env python3
"""Writes src/Krait.Modules/Data/UnicodeProps.bin: the unicodedata properties Krait's `unicodedata` module needs
beyond names and general categories (which Krait.Syntax already carries): bidirectional class, canonical
combining class, East Asian width, mirrored, decimal/digit/numeric values, decomposition mappings, and the
canonical pairs excluded from composition. The values are read from the running Python's unicodedata, so run
it with CPython 3.11 (Unicode 14.0.0): /usr/bin/python3.11 tools/gen_unicodedata_props.py

Format (a zlib stream; integers are LEB128 varints, strings are a length byte then ASCII):
  "KUP1"
  bidi class names: count, strings;  east asian width names: count, strings
  numeric values: count, strings (Python float reprs)
  records: count, per record: bidi, combining, eaw, mirrored, decimal+1, digit+1 (bytes), numeric index+1
  block count (0x110000 / 128), per block the index of its distinct contents
  distinct blocks: count, per block 128 record indices
  decompositions: count, per entry: code point delta, string
  composition exclusions: count, code point deltas (canonical pairs that NFC does not recompose)
"""
import os
import sys
import unicodedata
import zlib

BLOCK = 128


def varint(out, n):
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def string(out, s):
    data = s.encode('ascii')
    assert len(data) < 256
    out.append(len(data))
    out.extend(data)


def main():
    if unicodedata.unidata_version != '14.0.0':
        sys.exit('run with CPython 3.11 (Unicode 14.0.0), not %s' % unicodedata.unidata_version)
    bidis, eaws, numerics = [], [], []
    records, record_index = [], {}
    per_cp = []
    decomps = []
    exclusions = []

    def intern(table, value):
        try:
            return table.index(value)
        except ValueError:
            table.append(value)
            return len(table) - 1

    for cp in range(0x110000):
        ch = chr(cp)
        bidi = intern(bidis, unicodedata.bidirectional(ch))
        eaw = intern(eaws, unicodedata.east_asian_width(ch))
        num = unicodedata.numeric(ch, None)
        num_i = 0 if num is None else intern(numerics, repr(num)) + 1
        rec = (bidi, unicodedata.combining(ch), eaw, unicodedata.mirrored(ch),
               unicodedata.decimal(ch, -1) + 1, unicodedata.digit(ch, -1) + 1, num_i)
        if rec not in record_index:
            record_index[rec] = len(records)
            records.append(rec)
        per_cp.append(record_index[rec])
        d = unicodedata.decomposition(ch)
        if d:
            decomps.append((cp, d))
            parts = d.split()
            if not parts[0].startswith('<') and len(parts) == 2 and unicodedata.normalize('NFC', ch) != ch:
                exclusions.append(cp)

    out = bytearray(b'KUP1')
    for table in (bidis, eaws, numerics):
        varint(out, len(table))
        for s in table:
            string(out, s)
    varint(out, len(records))
    for rec in records:
        out.extend(rec[:6])
        varint(out, rec[6])
    blocks, block_index, block_ids = [], {}, []
    for start in range(0, 0x110000, BLOCK):
        content = tuple(per_cp[start:start + BLOCK])
        if content not in block_index:
            block_index[content] = len(blocks)
            blocks.append(content)
        block_ids.append(block_index[content])
    varint(out, len(block_ids))
    for b in block_ids:
        varint(out, b)
    varint(out, len(blocks))
    for content in blocks:
        for r in content:
            varint(out, r)
    varint(out, len(decomps))
    prev = 0
    for cp, d in decomps:
        varint(out, cp - prev)
        prev = cp
        string(out, d)
    varint(out, len(exclusions))
    prev = 0
    for cp in exclusions:
        varint(out, cp - prev)
        prev = cp
    path = os.path.join(os.path.dirname(__file__), '..', 'src', 'Krait.Modules', 'Data', 'UnicodeProps.bin')
    with open(path, 'wb') as f:
        f.write(zlib.compress(bytes(out), 9))
    print('records %d, blocks %d, decompositions %d, exclusions %d, %d bytes (%d compressed)'
          % (len(records), len(blocks), len(decomps), len(exclusions), len(out), os.path.getsize(path)))


main()
