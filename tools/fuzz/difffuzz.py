#!/usr/bin/env python3
"""Differential fuzzing: random programs (progfuzz.py) run under Krait and CPython 3.11, outputs compared byte
for byte, exit status included.

    difffuzz.py --krait PATH [--seed S] [--programs N] [--cases C] [--batch B] [--jobs J] [--out DIR]
                [--time-budget SEC] [--known FILE]

With --batch B (default 40) one interpreter process runs B programs (batchdriver.py: fresh globals each, every
exception caught, a time limit per program); the exit status is then compared as the exception, if any, that
left each program. --batch 0 runs one process per program and compares real exit statuses.

Seeds S, S+1, ... name the programs, so a reported seed reproduces its program (`progfuzz.py SEED CASES`).
Without --seed a random one is chosen and printed. Each mismatch is written to DIR (default artifacts/fuzz) as
the program, both outputs and the first differing case. A Krait run that ends with a status other than 0 or 1,
prints a .NET stack trace or passes the time limit counts as a crash or a hang. The exit status is 1 when any
mismatch, crash or hang was found.
"""
import argparse
import collections
import concurrent.futures
import os
import random
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import progfuzz  # noqa: E402
from batchrun import run_all, run_alone  # noqa: E402
from hostfailure import shows_dotnet_failure  # noqa: E402

CPYTHON = "/usr/bin/python3.11"


def run(argv, path, timeout):
    return run_alone(argv, path, timeout)


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


# Differences with a known cause, each a rewrite applied to both lines of a differing pair before they are
# compared again. A program whose every difference is explained is counted as "known", with the reason.
KNOWN_CLASSES = [
    # None at present: set iteration order and the built-in iterator type names, the two earlier classes, now
    # match CPython. An entry is (reason, compiled pattern, rewrite function).
]


def explain(expected, actual):
    """The reasons that explain every differing line, or None when one is unexplained (or lines are missing)."""
    exp, act = expected.decode("utf-8", "replace").splitlines(), actual.decode("utf-8", "replace").splitlines()
    if len(exp) != len(act):
        return None
    reasons = set()
    for e, a in zip(exp, act):
        if e == a:
            continue
        for reason, pattern, rewrite in KNOWN_CLASSES:
            e2, a2 = pattern.sub(rewrite, e), pattern.sub(rewrite, a)
            if e2 != e or a2 != a:
                reasons.add(reason)
            e, a = e2, a2
        if e != a:
            return None
    return sorted(reasons)


def check_batch(first_seed, count, cases, krait, timeout, out_dir):
    """Programs first_seed .. first_seed+count-1, each run by one CPython and one Krait batch process."""
    paths = {}
    for seed in range(first_seed, first_seed + count):
        path = os.path.join(out_dir, f"prog_{seed}.py")
        with open(path, "w") as f:
            f.write(progfuzz.generate(seed, cases))
        paths[seed] = path
    c_done = run_all([CPYTHON], list(paths.values()), timeout)
    runnable = [p for p in paths.values() if c_done[p].verdict == "ok"]
    k_done = run_all(krait, runnable, timeout * 3 + 5)
    verdicts = []
    for seed, path in paths.items():
        c = c_done[path]
        if c.verdict != "ok":
            verdicts.append((seed, "skip", f"CPython {c.verdict}"))
            os.remove(path)
            continue
        k = k_done[path]
        if k.verdict == "hang":
            # Confirm on its own (a busy machine or an earlier program's leftovers can slow a batch down).
            seed_, verdict_, detail_ = check(seed, cases, krait, timeout, out_dir)
            verdicts.append((seed, verdict_, detail_))
            continue
        k_text = k.output.decode("utf-8", "replace") + "\n" + (k.raised or "")
        if k.verdict == "hang":
            verdict, detail = "hang", "time limit"
        elif k.verdict == "died" or shows_dotnet_failure(k_text):
            verdict, detail = "crash", f"status {k.status}: {(k.stderr or k_text)[-400:]}"
        elif (k.raised, k.output) != (c.raised, c.output) and (k.raised != c.raised or explain(c.output, k.output) is None):
            case, e, a = first_difference(c.output, k.output)
            if (e, a) == ("", ""):
                e, a = f"raised {c.raised}", f"raised {k.raised}"
            verdict, detail = "mismatch", f"{case}\n  cpython: {e}\n  krait:   {a}"
        elif k.output != c.output:
            os.remove(path)
            verdicts.append((seed, "known", "; ".join(explain(c.output, k.output))))
            continue
        else:
            os.remove(path)
            verdicts.append((seed, "ok", ""))
            continue
        with open(os.path.join(out_dir, f"prog_{seed}.report"), "w") as f:
            f.write(f"{verdict}\n{detail}\n--- cpython raised {c.raised}\n{c.output.decode('utf-8', 'replace')}\n"
                    f"--- krait raised {k.raised}\n{k.output.decode('utf-8', 'replace')}\n{k.stderr}\n")
        verdicts.append((seed, verdict, detail))
    return verdicts


def load_known(path):
    """Known mismatches: `SEED  reason` lines; a known seed's mismatch is reported but does not fail the run."""
    known = {}
    if path:
        with open(path) as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    seed, _, reason = line.partition(" ")
                    known[int(seed)] = reason.strip()
    return known


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
    ap.add_argument("--batch", type=int, default=40, help="programs per interpreter process; 0: one each")
    ap.add_argument("--known", default=None, help="file of known mismatches: SEED REASON per line")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--progress", action="store_true", help="print the counts after each batch (long runs)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    os.makedirs(args.out, exist_ok=True)
    krait = args.krait.split()
    print(f"difffuzz: seed {seed}, {args.programs} programs of {args.cases} cases", flush=True)
    start = time.monotonic()
    counts = {"ok": 0, "mismatch": 0, "known": 0, "crash": 0, "hang": 0, "skip": 0}
    known = load_known(args.known)
    known_reasons = collections.Counter()
    problems = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        pending = set()
        next_seed, end_seed = seed, seed + args.programs
        while pending or next_seed < end_seed:
            out_of_time = args.time_budget is not None and time.monotonic() - start > args.time_budget
            while next_seed < end_seed and len(pending) < args.jobs * 2 and not out_of_time:
                if args.batch > 0:
                    n = min(args.batch, end_seed - next_seed)
                    pending.add(pool.submit(check_batch, next_seed, n, args.cases, krait, args.timeout, args.out))
                else:
                    n = 1
                    pending.add(pool.submit(lambda *a: [check(*a)], next_seed, args.cases, krait, args.timeout,
                                            args.out))
                next_seed += n
            if not pending:
                break
            done, pending = concurrent.futures.wait(pending, return_when=concurrent.futures.FIRST_COMPLETED)
            for fut in done:
                for s, verdict, detail in fut.result():
                    if verdict == "mismatch" and s in known:
                        verdict, detail = "known", f"{known[s]}: {detail}"
                    counts[verdict] += 1
                    if verdict == "known":
                        known_reasons.update(detail.split("; "))
                    if verdict not in ("ok", "skip", "known"):
                        problems.append((s, verdict, detail))
                        if not args.quiet:
                            print(f"seed {s}: {verdict}: {detail}", flush=True)
            if args.progress:
                ran = sum(counts.values()) - counts["skip"]
                elapsed = time.monotonic() - start
                print(f"progress: {ran} programs in {elapsed:.0f} s ({60 * ran / max(elapsed, 1):.1f}/min): {counts}", flush=True)
    ran = sum(counts.values()) - counts["skip"]
    elapsed = time.monotonic() - start
    print(f"difffuzz: {ran} programs ({ran * args.cases} cases) in {elapsed:.0f} s ({60 * ran / max(elapsed, 1):.0f}/min): "
          f"{counts['ok']} identical, {counts['mismatch']} mismatches, {counts['known']} known mismatches, "
          f"{counts['crash']} crashes, "
          f"{counts['hang']} hangs, {counts['skip']} skipped; reports in {os.path.abspath(args.out)}")
    for reason, n in known_reasons.most_common():
        print(f"  known: {n} programs: {reason}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
