#!/usr/bin/python3.11
"""Writes CompileErrorCases.txt: for each case of CompileErrorCases.py (cases separated by a line "# ===="),
what CPython 3.11's compile(source, "<case>", "exec") says: "OK", or
"TYPE|MSG|LINENO|OFFSET|END_LINENO|END_OFFSET" (an unset end is 0). Run with /usr/bin/python3.11."""
import os
import warnings

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "CompileErrorCases.py"), encoding="utf-8") as f:
    cases = f.read().split("\n# ====\n")
out = []
for case in cases:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(case, "<case>", "exec", dont_inherit=True)
            out.append("OK")
        except SyntaxError as e:
            out.append(f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno or 0}|{e.end_offset or 0}")
with open(os.path.join(here, "CompileErrorCases.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")
