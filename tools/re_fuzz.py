#!/usr/bin/python3.11
"""Differential check of Krait's re module against CPython 3.11.

Generates random patterns and subject strings, writes one program that prints what search, match,
fullmatch, findall, finditer spans, sub, subn and split give for every case (errors as their type and
message), runs it under /usr/bin/python3.11 and under krait, and reports the cases whose lines differ.

Usage: tools/re_fuzz.py [--seed N] [--count N] [--krait PATH]
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ALPHA = "abcAB1 \n-"
# With --unicode: case-folding specials, non-ASCII letters and digits, and an astral character.
UNI_ALPHA = "abkKsS\u212a\u017f\u0130\u0131iI\u00e9\u00c9\u00df\u03c3\u03c2\u03a3\u0663 \U0001F600\n"


def gen_atom(r, depth, groups, state):
    k = r.random()
    if depth > 1 or k < 0.45:
        if UNICODE and r.random() < 0.5:
            return r.choice(UNI_ALPHA[:-1])
        return r.choice(["a", "b", "c", "A", "1", " ", "-", "ab", "."])
    if k < 0.45:
        if UNICODE and r.random() < 0.5:
            return r.choice(["[k]", "[^k]", "[a-z]", "[\u00e0-\u00ff]", "[\u03c3]", "[^\u212a]", "[s-t]", "[\w\u017f]"])
        return r.choice(["[ab]", "[^a]", "[a-c]", "[\\d\\s]", "[^\\w]", "\\d", "\\w", "\\s", "\\W", "\\S", "\\D", "[-a]", "[a-]"])
    if k < 0.5:
        return r.choice(["^", "$", "\\b", "\\B", "\\A", "\\Z"])
    if k < 0.62:
        state["groups"] += 1
        inner = gen_alt(r, depth + 1, groups, state)
        if r.random() < 0.3:
            return "(?P<g%d>%s)" % (state["groups"], inner)
        return "(%s)" % inner
    if k < 0.7:
        return "(?:%s)" % gen_alt(r, depth + 1, groups, state)
    if k < 0.74 and state["groups"] > 0:
        return "\\%d" % r.randint(1, state["groups"])
    if k < 0.8:
        return "(?%s%s)" % (r.choice(["=", "!"]), gen_alt(r, depth + 1, groups, state))
    if k < 0.84:
        return "(?<%s%s)" % (r.choice(["=", "!"]), r.choice(["a", "ab", "[ab]", "\\d", "a|b", "(?:ab|cd)"]))
    if k < 0.88:
        return "(?>%s)" % gen_alt(r, depth + 1, groups, state)
    if k < 0.92 and state["groups"] > 0:
        return "(?(%d)%s|%s)" % (r.randint(1, state["groups"]), gen_seq(r, depth + 1, groups, state),
                                 gen_seq(r, depth + 1, groups, state))
    return "(?i:%s)" % gen_alt(r, depth + 1, groups, state)


def gen_quant(r):
    q = r.choice(["*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "{0}"])
    m = r.random()
    if m < 0.2:
        q += "?"
    elif m < 0.3:
        q += "+"
    return q


def gen_seq(r, depth, groups, state):
    out = []
    for _ in range(r.randint(1, 3)):
        a = gen_atom(r, depth, groups, state)
        if r.random() < 0.35 and a not in ("^", "$", "\\b", "\\B", "\\A", "\\Z"):
            a += gen_quant(r)
        out.append(a)
    return "".join(out)


def gen_alt(r, depth, groups, state):
    parts = [gen_seq(r, depth, groups, state)]
    while r.random() < 0.25:
        parts.append(gen_seq(r, depth, groups, state))
    return "|".join(parts)


def gen_pattern(r):
    state = {"groups": 0}
    return gen_alt(r, 0, None, state)


def gen_string(r):
    alpha = UNI_ALPHA if UNICODE else ALPHA
    return "".join(r.choice(alpha) for _ in range(r.randint(0, 12)))


UNICODE = False


DRIVER = r'''
import re
def show(x):
    if x is None:
        return "None"
    return ascii((x.span(), x.groups(), x.lastindex))
def run(i, p, f, s):
    try:
        c = re.compile(p, f)
    except Exception as e:
        print(i, "compile", type(e).__name__, e)
        return
    for name in ("search", "match", "fullmatch"):
        try:
            print(i, name, show(getattr(c, name)(s)))
        except Exception as e:
            print(i, name, type(e).__name__, e)
    try:
        print(i, "findall", ascii(c.findall(s)))
        print(i, "finditer", [m.span() for m in c.finditer(s)])
        print(i, "sub", ascii(c.sub("<\\g<0>>", s)), ascii(c.subn("#", s, 2)))
        print(i, "split", ascii(c.split(s)))
    except Exception as e:
        print(i, "ops", type(e).__name__, e)
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--krait", default=os.path.join(os.path.dirname(__file__), "..", "src", "Krait.Cli", "bin",
                                                    "Release", "net10.0", "krait"))
    ap.add_argument("--unicode", action="store_true", help="non-ASCII patterns and subjects")
    args = ap.parse_args()
    global UNICODE
    UNICODE = args.unicode
    r = random.Random(args.seed)
    lines = [DRIVER]
    cases = []
    for i in range(args.count):
        p = gen_pattern(r)
        f = r.choice([0, 0, 0, 2, 8, 16, 2 | 8] + ([2, 2, 2 | 256, 256] if UNICODE else []))
        for j in range(3):
            s = gen_string(r)
            cases.append((p, f, s))
            lines.append("run(%d, %s, %d, %s)" % (len(cases) - 1, ascii(p), f, ascii(s)))
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
        prog = fh.name
    want = subprocess.run(["/usr/bin/python3.11", prog], capture_output=True, text=True).stdout.splitlines()
    got = subprocess.run([args.krait, prog], capture_output=True, text=True)
    got_lines = got.stdout.splitlines()
    bad = {}
    for w, g in zip(want, got_lines):
        if w != g:
            idx = int(w.split(" ", 1)[0])
            bad.setdefault(idx, (w, g))
    if len(got_lines) != len(want):
        print("krait printed %d lines, CPython %d; stderr:" % (len(got_lines), len(want)), got.stderr[-2000:])
        if not bad:
            bad[-1] = ("", "")
    for idx, (w, g) in sorted(bad.items())[:30]:
        if idx < 0:
            continue
        p, f, s = cases[idx]
        print("case %d: pattern=%r flags=%d string=%r\n  want: %s\n  got:  %s" % (idx, p, f, s, w, g))
    print("%d cases, %d differ" % (len(cases), len(bad)))
    os.unlink(prog)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
