#!/usr/bin/env python3
"""Differential fuzzing: random programs (progfuzz.py) run under Krait and CPython 3.11, outputs compared byte
for byte, exit status included.

    difffuzz.py --krait PATH [--seed S] [--programs N] [--cases C] [--jobs J] [--out DIR] [--time-budget SEC]

Seeds S, S+1, ... name the programs, so a reported seed reproduces its program (`progfuzz.py SEED CASES`).
Without --seed a random one is chosen and printed. Each mismatch is written to DIR (default artifacts/fuzz) as
the program, both outputs and the first differing case. A Krait run that ends with a status other than 0 or 1,
prints a .NET stack trace or passes the time limit counts as a crash or a hang. The exit status is 1 when any
mismatch, crash or hang was found.
"""
import argparse
import concurrent.futures
import os
import random
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import progfuzz  # noqa: E402
from hostfailure import shows_dotnet_failure  # noqa: E402

CPYTHON = "/usr/bin/python3.11"


def run(argv, path, timeout):
    try:
        p = subprocess.run(argv + [path], capture_output=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return None, b"", b""


def first_difference(expected, actual):
    """The `## case N` section where two outputs first differ, and the differing lines."""
    exp, act = expected.decode("utf-8", "replace").splitlines(), actual.decode("utf-8", "replace").splitlines()
    case = "(before any case)"
    for i in range(max(len(exp), len(act))):
        e = exp[i] if i < len(exp) else "<end of output>"
        a = act[i] if i < len(act) else "<end of output>"
        if e.startswith("## case"):
            case = e
        if e != a:
            return case, e, a
    return case, "", ""


def check(seed, cases, krait, timeout, out_dir):
    source = progfuzz.generate(seed, cases)
    path = os.path.join(out_dir, f"prog_{seed}.py")
    with open(path, "w") as f:
        f.write(source)
    c_status, c_out, c_err = run([CPYTHON], path, timeout)
    if c_status is None:
        os.remove(path)
        return seed, "skip", "CPython timed out"
    k_status, k_out, k_err = run(krait, path, timeout * 3 + 5)
    err_text = k_err.decode("utf-8", "replace")
    if k_status is None:
        verdict, detail = "hang", "time limit"
    elif k_status not in (0, 1) or shows_dotnet_failure(err_text):
        verdict, detail = "crash", f"status {k_status}: {err_text[-400:]}"
    elif (k_status, k_out) != (c_status, c_out):
        case, e, a = first_difference(c_out, k_out)
        if (e, a) == ("", ""):
            e, a = f"status {c_status}", f"status {k_status}"
        verdict, detail = "mismatch", f"{case}\n  cpython: {e}\n  krait:   {a}"
    else:
        os.remove(path)
        return seed, "ok", ""
    with open(os.path.join(out_dir, f"prog_{seed}.report"), "w") as f:
        f.write(f"{verdict}\n{detail}\n--- cpython status {c_status}\n{c_out.decode('utf-8', 'replace')}\n"
                f"{c_err.decode('utf-8', 'replace')}\n--- krait status {k_status}\n"
                f"{k_out.decode('utf-8', 'replace')}\n{err_text}\n")
    return seed, verdict, detail


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True, help="command that runs Krait, e.g. 'path/krait'")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--programs", type=int, default=100)
    ap.add_argument("--cases", type=int, default=20)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0, help="CPython's per-program limit (Krait gets 3x+5 s)")
    ap.add_argument("--time-budget", type=float, default=None, help="stop starting programs after SEC seconds")
    ap.add_argument("--out", default=os.path.join(HERE, "..", "..", "artifacts", "fuzz"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    os.makedirs(args.out, exist_ok=True)
    krait = args.krait.split()
    print(f"difffuzz: seed {seed}, {args.programs} programs of {args.cases} cases", flush=True)
    start = time.monotonic()
    counts = {"ok": 0, "mismatch": 0, "crash": 0, "hang": 0, "skip": 0}
    problems = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        pending = set()
        next_seed, end_seed = seed, seed + args.programs
        while pending or next_seed < end_seed:
            out_of_time = args.time_budget is not None and time.monotonic() - start > args.time_budget
            while next_seed < end_seed and len(pending) < args.jobs * 2 and not out_of_time:
                pending.add(pool.submit(check, next_seed, args.cases, krait, args.timeout, args.out))
                next_seed += 1
            if not pending:
                break
            done, pending = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
            for fut in done:
                s, verdict, detail = fut.result()
                counts[verdict] += 1
                if verdict not in ("ok", "skip"):
                    problems.append((s, verdict, detail))
                    if not args.quiet:
                        print(f"seed {s}: {verdict}: {detail}", flush=True)
    ran = sum(counts.values()) - counts["skip"]
    print(f"difffuzz: {ran} programs ({ran * args.cases} cases) in {time.monotonic() - start:.0f} s: "
          f"{counts['ok']} identical, {counts['mismatch']} mismatches, {counts['crash']} crashes, "
          f"{counts['hang']} hangs, {counts['skip']} skipped; reports in {os.path.abspath(args.out)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
