#!/bin/sh
# Regenerates tests/conformance/*.expected* from CPython 3.11 (/usr/bin/python3.11, not a pyenv python).
# For NAME.py: NAME.expected is stdout; NAME.expected_stderr (only when non-empty) is stderr with the
# conformance folder's absolute path written as {DIR}; NAME.expected_status (only when non-zero) the exit status.
# Every program runs from the conformance folder as `python3.11 NAME.py a b` (sys.argv is part of a test).
set -eu
cd "$(dirname "$0")/../tests/conformance"
dir=$(pwd)
for f in *.py; do
    name=${f%.py}
    status=0
    /usr/bin/python3.11 "$f" a b > "$name.expected" 2> "$name.stderr.tmp" || status=$?
    rm -f "$name.expected_stderr" "$name.expected_status"
    if [ -s "$name.stderr.tmp" ]; then
        sed "s#$dir#{DIR}#g" "$name.stderr.tmp" > "$name.expected_stderr"
    fi
    rm -f "$name.stderr.tmp"
    if [ "$status" -ne 0 ]; then echo "$status" > "$name.expected_status"; fi
done
