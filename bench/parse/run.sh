#!/usr/bin/env bash
# Parse speed: every .py file under a folder (default /usr/lib/python3.11) parsed by Krait in one process
# (a cold first pass, then warm passes) and by CPython 3.11 with compile(src, path, 'exec', PyCF_ONLY_AST) in
# one process (a first pass, then the same number of further passes), in the same run. Sources are read
# into memory before timing on both sides; files either parser rejects still count (rejecting is parsing).
#   bench/parse/run.sh [FOLDER] [REPEAT]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
root="${1:-/usr/lib/python3.11}"
repeat="${2:-5}"
py=/usr/bin/python3.11
krait="$repo/src/Krait.Cli/bin/Release/net10.0/krait"

dotnet build "$repo/src/Krait.Cli" -c Release -v q -nologo >/dev/null
list="$(mktemp /tmp/krait_bench_XXXXXX.txt)"
trap 'rm -f "$list"' EXIT
find -L "$root" -name '*.py' -type f | LC_ALL=C sort > "$list"
echo "files: $(wc -l < "$list") under $root; passes after the first: $repeat"

echo "== Krait"
krait_out="$("$krait" --parse-bench "$list" --repeat "$repeat")"
echo "$krait_out"

echo "== CPython $("$py" -c 'import sys; print(sys.version.split()[0])')"
cpy_out="$("$py" "$here/cpython_bench.py" "$list" "$repeat")"
echo "$cpy_out"

"$py" - "$krait_out" "$cpy_out" <<'PY'
import re, sys
k, c = sys.argv[1], sys.argv[2]
def num(pattern, text):
    m = re.search(pattern, text)
    return float(m.group(1)) if m else None
kc, kw = num(r'cold ([\d.]+) s', k), num(r'warm best ([\d.]+) s', k)
cc, cw = num(r'first ([\d.]+) s', c), num(r'best ([\d.]+) s', c)
fails = num(r'internal failures (\d+)', k)
if fails:
    print(f'warning: Krait failed internally on {int(fails)} files: its timings do not measure real parsing')
print('== ratio (CPython time / Krait time; above 1 means Krait is faster)')
if None in (kc, kw, cc, cw) or kc == 0 or kw == 0:
    print('could not read both timings')
else:
    print(f'first pass: {cc / kc:.2f}x   (Krait cold {kc:.3f} s, CPython {cc:.3f} s)')
    print(f'best pass:  {cw / kw:.2f}x   (Krait warm {kw:.3f} s, CPython {cw:.3f} s)')
PY
