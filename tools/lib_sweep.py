#!/usr/bin/env python3
"""Import each of a list of CPython Lib modules under Krait, one process per module, and report which fail.

Usage: tools/lib_sweep.py [path/to/krait] [--markdown]
A module passes when `import NAME` exits 0 under Krait; a failure is reported with the last line of stderr.
"""
import os
import subprocess
import sys

MODULES = """
abc argparse ast base64 bisect calendar cmath codecs collections collections.abc colorsys configparser
contextlib copy copyreg csv dataclasses datetime decimal difflib dis doctest enum errno fnmatch fractions
functools genericpath getopt gettext glob graphlib gzip hashlib heapq hmac html inspect io ipaddress
itertools json keyword linecache locale logging math numbers operator optparse os pathlib pickle pprint
queue quopri random re reprlib sched secrets selectors shlex shutil signal socket statistics string
stringprep struct subprocess tempfile textwrap threading time timeit token tokenize traceback types
typing unittest urllib.parse uuid warnings weakref zipfile zlib
""".split()


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    markdown = '--markdown' in sys.argv
    here = os.path.dirname(os.path.abspath(__file__))
    krait = args[0] if args else os.path.join(here, '..', 'src', 'Krait.Cli', 'bin', 'Release', 'net10.0', 'krait')
    failures = []
    for name in MODULES:
        try:
            r = subprocess.run([krait, '-c', f'import {name}'], capture_output=True, text=True, timeout=60)
            ok = r.returncode == 0
            why = '' if ok else (r.stderr.strip().splitlines() or [f'exit {r.returncode}'])[-1]
        except subprocess.TimeoutExpired:
            ok, why = False, 'timeout (60 s)'
        if not ok:
            failures.append((name, why))
        if not markdown:
            print(f"{'ok  ' if ok else 'FAIL'} {name}{'' if ok else '  ' + why}", flush=True)
    passed = len(MODULES) - len(failures)
    if markdown:
        print(f'{passed} of {len(MODULES)} import.\n')
        if failures:
            print('| module | error |\n|---|---|')
            for name, why in failures:
                cell = why.replace('|', '\\|')[:150]
                print(f'| {name} | {cell} |')
    else:
        print(f'{passed}/{len(MODULES)} modules import')
    return 0


if __name__ == '__main__':
    sys.exit(main())
