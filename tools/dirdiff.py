"""Compares two dir() dumps made by tools/dirdump.py (CPython's first, Krait's second) and prints, per type,
the names only one of them lists, then the totals.

    /usr/bin/python3.11 tools/dirdump.py /tmp/a.json; krait tools/dirdump.py /tmp/b.json
    /usr/bin/python3.11 tools/dirdiff.py /tmp/a.json /tmp/b.json
"""
import json
import sys

expected = json.load(open(sys.argv[1]))
actual = json.load(open(sys.argv[2]))
total_missing = total_extra = 0
for type_name, names in expected.items():
    have = set(actual.get(type_name, []))
    missing = sorted(set(names) - have)
    extra = sorted(have - set(names))
    total_missing += len(missing)
    total_extra += len(extra)
    if missing or extra:
        print(f"{type_name}: {len(missing)} missing {missing} / {len(extra)} extra {extra}")
print(f"total: {total_missing} missing, {total_extra} extra")
