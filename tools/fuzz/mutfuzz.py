#!/usr/bin/env python3
"""Source mutation fuzzing: the conformance programs mutated byte-wise and token-wise, run by Krait with a time
limit. Krait must end every one with a Python-level outcome: output, a Python traceback or SyntaxError, never a
.NET error text, a signal or a hang. CPython runs each mutant too, so a mutant that loops forever under CPython
as well is not counted as Krait's hang, and exit statuses are compared.

    mutfuzz.py --krait PATH [--seed S] [--mutants N] [--batch B] [--jobs J] [--timeout SEC] [--out DIR]

With --batch B (default 1000) one Krait process compiles and runs B mutants (batchdriver.py: fresh globals
each, every exception caught, a time limit per mutant); a mutant that kills the process or passes the limit is
then checked on its own. --batch 0 runs one process per mutant.
"""
import argparse
import concurrent.futures
import glob
import io
import os
import random
import re
import sys
import time
import tokenize

BLOCKING_PROGRAM = re.compile(
    r"^\s*(?:import|from)\s[^\n]*\b(?:threading|_thread|subprocess|socket|socketserver|http|selectors|concurrent|select"
    r"|_posixsubprocess|multiprocessing)\b|sys\.executable|os\.(?:fork|spawn|system|popen|waitpid)",
    re.MULTILINE)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batchrun import run_all, run_alone  # noqa: E402
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
    status, _, err = run_alone(argv, path, timeout)
    return status, err.decode("utf-8", "replace")


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


def check_batch(first, count, seed, sources, krait, timeout, out_dir):
    """Mutants first .. first+count-1 in one Krait process (restarted after a death or a hang)."""
    paths, names = [], {}
    for index in range(first, first + count):
        r = random.Random(seed * 1_000_003 + index)
        name, original = r.choice(sources)
        path = os.path.join(out_dir, f"mutant_{seed}_{index}.py")
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(mutate(original, r))
        paths.append(path)
        names[path] = (index, name)
    done = run_all(krait, paths, timeout)
    verdicts = []
    for path in paths:
        o = done[path]
        index, name = names[path]
        text = o.output.decode("utf-8", "replace")[-20000:] + "\n" + (o.raised or "")
        if o.verdict == "hang":
            # A hang counts only when the mutant alone still passes the limit (a busy machine or the state an
            # earlier mutant left in the batch process can slow one down) and CPython finishes it.
            k_status, k_err = run(krait, path, timeout * 3)
            if k_status is not None:
                bad = k_status < 0 or k_status >= 128 or shows_dotnet_failure(k_err)
                verdict, detail = ("crash", f"status {k_status}: {k_err[-500:]}") if bad else ("ok", "")
            else:
                c_status, _ = run([CPYTHON], path, timeout)
                verdict, detail = ("ok", "") if c_status is None else ("hang", "time limit")
        elif o.verdict == "died":
            # Left the batch: see it on its own, where an exit status of its own choosing is no failure.
            k_status, k_err = run(krait, path, timeout)
            bad = k_status is None or k_status < 0 or k_status >= 128 or shows_dotnet_failure(k_err)
            verdict, detail = ("crash", f"status {k_status}: {k_err[-500:]}") if bad else ("ok", "")
        elif shows_dotnet_failure(text):
            verdict, detail = "crash", f"in batch: {text[-500:]}"
        else:
            verdict, detail = "ok", ""
        if verdict == "ok":
            os.remove(path)
        else:
            detail = f"from {name}: {detail}"
            with open(path + ".report", "w") as f:
                f.write(verdict + "\n" + detail + "\n")
        verdicts.append((index, verdict, detail))
    return verdicts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--mutants", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--batch", type=int, default=1000, help="mutants per Krait process; 0: one each")
    ap.add_argument("--time-budget", type=float, default=None, help="stop starting batches after SEC seconds")
    ap.add_argument("--out", default=os.path.join(REPO, "artifacts", "fuzz"))
    ap.add_argument("--progress", action="store_true", help="print the counts after each batch (long runs)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    os.makedirs(args.out, exist_ok=True)
    sources = []
    for path in sorted(glob.glob(os.path.join(REPO, "tests", "conformance", "*.py"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        # A mutant of a program that starts threads, servers or child processes may wait forever as validly as
        # it would under CPython (a lost set() or release()), and leaves children behind: not mutated.
        if BLOCKING_PROGRAM.search(text):
            continue
        sources.append((os.path.basename(path), text))
    krait = args.krait.split()
    print(f"mutfuzz: seed {seed}, {args.mutants} mutants of {len(sources)} programs", flush=True)
    counts = {"ok": 0, "crash": 0, "hang": 0}
    start = time.monotonic()

    def in_budget(f, *a):
        if args.time_budget is not None and time.monotonic() - start > args.time_budget:
            return []
        return f(*a)

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        if args.batch > 0:
            futures = [pool.submit(in_budget, check_batch, i, min(args.batch, args.mutants - i), seed, sources, krait,
                                   args.timeout, args.out) for i in range(0, args.mutants, args.batch)]
        else:
            futures = [pool.submit(in_budget, lambda *a: [check(*a)], i, seed, sources, krait, args.timeout, args.out)
                       for i in range(args.mutants)]
        for fut in futures:
            for i, verdict, detail in fut.result():
                counts[verdict] += 1
                if verdict != "ok":
                    print(f"mutant {seed}/{i}: {verdict}: {detail}", flush=True)
            if args.progress and fut.result():
                elapsed = time.monotonic() - start
                ran = sum(counts.values())
                print(f"progress: {ran} mutants in {elapsed:.0f} s ({60 * ran / max(elapsed, 1):.0f}/min): {counts}", flush=True)
    elapsed = time.monotonic() - start
    ran = sum(counts.values())
    print(f"mutfuzz: {ran} mutants in {elapsed:.0f} s ({60 * ran / max(elapsed, 1):.0f}/min): "
          f"{counts['crash']} crashes, {counts['hang']} hangs")
    return 1 if counts["crash"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
