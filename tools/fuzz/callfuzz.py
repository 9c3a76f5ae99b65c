#!/usr/bin/env python3
"""Builtin-call fuzzing: every builtin function and every method of the built-in types called with random
arguments of random types, under Krait and CPython 3.11; the outcome of each call (the result's type, or the
exception's type and message) is compared.

    callfuzz.py --krait PATH [--seed S] [--calls N] [--batch B] [--jobs J]

The calls are made by one generated program (the same text for both implementations), `--batch` calls per
process. Reported: calls compared, same exception type (rate), same message (rate), host crashes and hangs. The
exit status is 1 on a crash or hang; differences are a rate to drive down, printed with examples.
"""
import argparse
import collections
import concurrent.futures
import os
import random
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hostfailure import shows_dotnet_failure  # noqa: E402

CPYTHON = "/usr/bin/python3.11"

# Calls that wait for input, leave the process, print, reach the file system, run code, or depend on object
# identity or str hashing (which CPython randomizes per process).
EXCLUDED_BUILTINS = {"input", "open", "exit", "quit", "help", "breakpoint", "exec", "eval", "compile",
                     "__import__", "print", "globals", "locals", "vars", "dir", "id", "hash", "copyright",
                     "credits", "license", "aiter", "anext", "__build_class__", "delattr", "setattr", "memoryview"}
EXCLUDED_METHODS = {"__sizeof__", "__reduce__", "__reduce_ex__", "__getstate__", "__init_subclass__",
                    "__subclasshook__", "__class_getitem__", "__hash__", "__dir__", "__format__", "__new__",
                    "__init__", "__setattr__", "__delattr__", "__getattribute__", "__repr__", "__str__",
                    "fromkeys", "__class__", "__doc__"}
RECEIVER_TYPES = ["int", "float", "str", "bytes", "bytearray", "list", "tuple", "dict", "set", "frozenset",
                  "range", "bool", "complex"]

# Argument values: each kind of object, kept small so no call can ask for gigabytes.
VALUES = ["0", "1", "-1", "7", "2**70", "-2**64", "True", "None", "0.5", "-2.0", "float('nan')", "float('inf')",
          "1e300", "''", "'abc'", "'a,b,c'", "' x '", "'ñ'", "'\\U0001f600'", "'12'", "b''", "b'abc'",
          "bytearray(b'xy')", "[]", "[3, 1, 2]", "['a', 'b']", "()", "(1, 2)", "{}", "{'a': 1}", "{1, 2}",
          "frozenset()", "range(3)", "int", "str", "len", "object()", "[[1], [2]]", "(('k', 1),)"]


def program(seed, count, names):
    """Python source making `count` calls; each prints one line: the call and its outcome."""
    r = random.Random(seed)
    lines = ["def outcome(f, args, kwargs):",
             "    try:",
             "        res = f(*args, **kwargs)",
             "    except Exception as e:",
             "        return '!' + type(e).__name__ + ': ' + str(e)",
             "    t = type(res).__name__",
             "    if t in ('int', 'bool', 'NoneType') or (t == 'str' and len(res) < 60):",
             "        return t + ' ' + repr(res)",
             "    if t == 'float':",
             "        return t + ' ' + repr(res)",
             "    if t in ('list', 'tuple', 'bytes') and len(res) < 12:",
             "        try:",
             "            return t + ' ' + repr(res)",
             "        except Exception as e:",
             "            return t",
             "    return t",
             ""]
    builtins_names, methods = names
    for i in range(count):
        nargs = r.choice([0, 1, 1, 2, 2, 3])
        args = [r.choice(VALUES) for _ in range(nargs)]
        kwargs = ""
        if r.random() < 0.1:
            kwargs = f"{r.choice(['key', 'default', 'sep', 'start', 'reverse', 'x', 'base', 'encoding'])}={r.choice(VALUES)}"
        if r.random() < 0.4:
            fname = r.choice(builtins_names)
            target, label = fname, fname
        else:
            tname = r.choice(RECEIVER_TYPES)
            mname = r.choice(methods[tname])
            receiver = r.choice([v for v in VALUES if v.startswith(_value_prefix(tname))] or VALUES)
            target, label = f"({receiver}).{mname}", f"{tname}.{mname}"
            if r.random() < 0.2:
                target, label = f"{tname}.{mname}", f"{tname}.{mname} unbound"
        arglist = ", ".join(args)
        call = f"outcome({target}, ({arglist}{',' if nargs == 1 else ''}), dict({kwargs}))"
        # One small function per call: a module body of thousands of try blocks is slow to compile.
        lines.append(f"def c{i}():\n    try:\n        print({i}, {label!r}, {call}, sep=' | ')\n    except Exception as e:\n"
                     f"        print({i}, {label!r}, '!' + type(e).__name__ + ': ' + str(e), sep=' | ')\nc{i}()")
    return "\n".join(lines) + "\n"


def _value_prefix(tname):
    return {"int": "1", "float": "0.5", "str": "'", "bytes": "b'", "bytearray": "bytearray", "list": "[",
            "tuple": "(", "dict": "{'", "set": "{1", "frozenset": "frozenset", "range": "range", "bool": "True",
            "complex": "1j"}[tname]


def discover_names():
    """Builtin function names and the methods of each receiver type, as CPython 3.11 has them."""
    code = ("import builtins, json\n"
            "b = sorted(n for n in dir(builtins) if callable(getattr(builtins, n)) and not n[0].isupper())\n"
            f"m = {{t: sorted(n for n in dir(getattr(builtins, t)) if callable(getattr(getattr(builtins, t), n))) for t in {RECEIVER_TYPES!r}}}\n"
            "print(json.dumps([b, m]))\n")
    import json
    b, m = json.loads(subprocess.check_output([CPYTHON, "-c", code]))
    b = [n for n in b if n not in EXCLUDED_BUILTINS]
    m = {t: [n for n in ns if n not in EXCLUDED_METHODS] for t, ns in m.items()}
    return b, m


def run(argv, source, timeout):
    """Runs `source` from a file (a large batch passes the limit on argument length as `-c`)."""
    fd, path = tempfile.mkstemp(suffix=".py")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(source)
    try:
        p = subprocess.run(argv + [path], capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", ""
    finally:
        os.remove(path)


def batch(seed, count, names, krait, timeout):
    source = program(seed, count, names)
    c_status, c_out, _ = run([CPYTHON], source, timeout)
    k_status, k_out, k_err = run(krait, source, timeout * 3 + 5)
    return seed, source, c_status, c_out, k_status, k_out, k_err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=20.0)
    ap.add_argument("--examples", type=int, default=15)
    ap.add_argument("--time-budget", type=float, default=None, help="stop starting batches after SEC seconds")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1 << 31)
    names = discover_names()
    krait = args.krait.split()
    nbatches = max(1, args.calls // args.batch)
    print(f"callfuzz: seed {seed}, {nbatches} batches of {args.batch} calls", flush=True)
    compared = same_type = same_msg = 0
    crashes = hangs = 0
    by_label = collections.Counter()
    examples = []
    start = time.monotonic()

    def in_budget(*a):
        if args.time_budget is not None and time.monotonic() - start > args.time_budget:
            return None
        return batch(*a)

    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        futures = [pool.submit(in_budget, seed + i, args.batch, names, krait, args.timeout) for i in range(nbatches)]
        for fut in futures:
            if fut.result() is None:
                continue
            s, source, c_status, c_out, k_status, k_out, k_err = fut.result()
            if c_status != 0:
                continue
            if k_status is None:
                hangs += 1
                print(f"batch seed {s}: hang", flush=True)
                continue
            if k_status not in (0, 1) or shows_dotnet_failure(k_err):
                crashes += 1
                print(f"batch seed {s}: crash, status {k_status}: {k_err[-300:]}", flush=True)
                continue
            if k_status != 0:
                last = k_err.strip().splitlines()[-1:] or ["(no stderr)"]
                print(f"batch seed {s}: Krait stopped with status {k_status}: {last[0][:200]}", flush=True)
            k_lines = {}
            for line in k_out.splitlines():
                idx = line.split(" | ", 1)[0]
                k_lines[idx] = line
                if shows_dotnet_failure(line):
                    # A .NET exception turned into SystemError by the last-resort translation: a host crash.
                    crashes += 1
                    print(f"batch seed {s}: crash in a call: {line[:300]}", flush=True)
            for line in c_out.splitlines():
                idx = line.split(" | ", 1)[0]
                compared += 1
                k = k_lines.get(idx)
                if k == line:
                    same_type += 1
                    same_msg += 1
                    continue
                c_kind = _kind(line)
                if k is not None and _kind(k) == c_kind:
                    same_type += 1
                by_label[line.split(" | ")[1] if line.count(" | ") >= 2 else "?"] += 1
                if len(examples) < args.examples:
                    examples.append(f"  cpython: {line[:200]}\n  krait:   {(k or '<no line: the program stopped>')[:200]}")
    elapsed = time.monotonic() - start
    print(f"callfuzz: {compared} calls compared in {elapsed:.0f} s ({60 * compared / max(elapsed, 1):.0f}/min); same outcome type {same_type} ({100.0 * same_type / max(compared, 1):.1f}%), "
          f"same message {same_msg} ({100.0 * same_msg / max(compared, 1):.1f}%); crashes {crashes}, hangs {hangs}")
    print("most frequent differences by callee: " + ", ".join(f"{n} {c}" for n, c in by_label.most_common(12)))
    for e in examples:
        print(e)
    return 1 if crashes or hangs else 0


def _kind(line):
    """'!TypeError' for an exception, else the result's type name."""
    parts = line.split(" | ", 2)
    outcome = parts[2] if len(parts) > 2 else ""
    return outcome.split(":", 1)[0] if outcome.startswith("!") else outcome.split(" ", 1)[0]


if __name__ == "__main__":
    sys.exit(main())
