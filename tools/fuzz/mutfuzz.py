#!/usr/bin/env python3
"""Source mutation fuzzing: the conformance programs mutated byte-wise and token-wise, run by Krait with a time
limit. Krait must end every one with a Python-level outcome: output, a Python traceback or SyntaxError, never a
.NET error text, a signal or a hang. CPython runs each mutant too, so a mutant that loops forever under CPython
as well is not counted as Krait's hang, and exit statuses are compared.

    mutfuzz.py --krait PATH [--seed S] [--mutants N] [--jobs J] [--timeout SEC] [--out DIR]
"""
import argparse
import concurrent.futures
import glob
import io
import os
import random
import subprocess
import sys
import tokenize

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostfailure import shows_dotnet_failure  # noqa: E402

CPYTHON = "/usr/bin/python3.11"
TOKEN_POOL = ["(", ")", "[", "]", "{", "}", ":", ",", ".", "=", "==", "+", "-", "*", "**", "/", "//", "%", "<",
              ">", "not", "and", "or", "in", "is", "if", "else", "for", "while", "def", "class", "return", "yield",
              "lambda", "try", "except", "finally", "with", "as", "import", "from", "global", "nonlocal", "del",
              "pass", "break", "continue", "raise", "assert", "None", "True", "False", "0", "1", "-1", "2**64",
              "1.5", "'s'", "b'b'", "f'{x}'", "x", "self", "print", "len", "range", "*args", "**kw", "\n", "    ",
              "\\", "#", "...", "@", ":=", "->", "async", "await", "match", "case", "_", "0x", "1e", "'''", '"']


def mutate(source, r):
    """One to three random edits, each byte-wise or token-wise."""
    for _ in range(r.randrange(1, 4)):
        if r.random() < 0.5:
            data = bytearray(source.encode("utf-8", "surrogateescape"))
            if not data:
                data = bytearray(b"x")
            i = r.randrange(len(data))
            k = r.randrange(4)
            if k == 0:
                del data[i:i + r.randrange(1, 8)]
            elif k == 1:
                data[i:i] = bytes(r.randrange(256) for _ in range(r.randrange(1, 4)))
            elif k == 2:
                data[i] = r.choice(b"()[]{}:,.=+-*/'\"\\\n\t #0123456789abcxyz")
            else:
                j = r.randrange(len(data))
                data[i:i] = data[j:j + r.randrange(1, 40)]
            source = data.decode("utf-8", "surrogateescape")
        else:
            try:
                toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
            except (tokenize.TokenError, IndentationError, SyntaxError):
                continue
            toks = [t for t in toks if t.type not in (tokenize.ENDMARKER,)]
            if not toks:
                continue
            t = r.choice(toks)
            lines = source.splitlines(keepends=True)
            (sl, sc), (el, ec) = t.start, t.end
            if sl != el or sl - 1 >= len(lines):
                continue
            line = lines[sl - 1]
            k = r.randrange(3)
            if k == 0:
                new = ""
            elif k == 1:
                new = r.choice(TOKEN_POOL)
            else:
                new = line[sc:ec] + " " + line[sc:ec]
            lines[sl - 1] = line[:sc] + new + line[ec:]
            source = "".join(lines)
    return source


def run(argv, path, timeout):
    try:
        p = subprocess.run(argv + [path], capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
        return p.returncode, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, ""


def check(index, seed, sources, krait, timeout, out_dir):
    r = random.Random(seed * 1_000_003 + index)
    name, original = r.choice(sources)
    mutant = mutate(original, r)
    path = os.path.join(out_dir, f"mutant_{seed}_{index}.py")
    with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(mutant)
    k_status, k_err = run(krait, path, timeout)
    verdict = "ok"
    if k_status is None:
        c_status, _ = run([CPYTHON], path, timeout)
        verdict = "ok" if c_status is None else "hang"
    elif k_status < 0 or k_status >= 128 or shows_dotnet_failure(k_err):
        verdict = "crash"
    if verdict == "ok":
        os.remove(path)
        return index, verdict, ""
    detail = f"from {name}: status {k_status}: {k_err[-500:]}"
    with open(path + ".report", "w") as f:
        f.write(verdict + "\n" + detail + "\n")
    return index, verdict, detail


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--mutants", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--out", default=os.path.join(REPO, "artifacts", "fuzz"))
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    os.makedirs(args.out, exist_ok=True)
    sources = []
    for path in sorted(glob.glob(os.path.join(REPO, "tests", "conformance", "*.py"))):
        with open(path, encoding="utf-8") as f:
            sources.append((os.path.basename(path), f.read()))
    krait = args.krait.split()
    print(f"mutfuzz: seed {seed}, {args.mutants} mutants of {len(sources)} programs", flush=True)
    counts = {"ok": 0, "crash": 0, "hang": 0}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(check, i, seed, sources, krait, args.timeout, args.out) for i in range(args.mutants)]
        for fut in futures:
            i, verdict, detail = fut.result()
            counts[verdict] += 1
            if verdict != "ok":
                print(f"mutant {seed}/{i}: {verdict}: {detail}", flush=True)
    print(f"mutfuzz: {args.mutants} mutants: {counts['crash']} crashes, {counts['hang']} hangs")
    return 1 if counts["crash"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
