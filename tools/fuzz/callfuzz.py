#!/usr/bin/env python3
"""Builtin-call fuzzing: every builtin function and every method of the built-in types called with random
arguments of random types, under Krait and CPython 3.11; the outcome of each call (the result's type, or the
exception's type and message) is compared.

    callfuzz.py --krait PATH [--seed S] [--calls N] [--batch B] [--jobs J]

The calls are made by one generated program (the same text for both implementations): a table of `--batch`
calls (default 20,000) read by one loop, so compiling it costs next to nothing and one process makes them all.
Each call prints its line as it finishes; a Krait process that dies goes on in a new process from the next call
(the call counts as a crash), and one that prints nothing for 3 x --timeout + 5 seconds is killed and its call
run again alone, counting as a hang only if it hangs there too. Reported: calls compared, same exception type
(rate), same message (rate), host crashes and hangs. The exit status is 1 on a crash or hang; differences are a
rate to drive down, printed with examples.
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


def call_specs(seed, count, names):
    """`count` random calls as data: (label, kind, name, receiver or type, argument value indexes, keyword,
    keyword value index). kind 0: a builtin; 1: a method of a value; 2: a method taken from its type."""
    r = random.Random(seed)
    builtins_names, methods = names
    specs = []
    for _ in range(count):
        nargs = r.choice([0, 1, 1, 2, 2, 3])
        args = tuple(r.randrange(len(VALUES)) for _ in range(nargs))
        kw, kv = None, None
        if r.random() < 0.1:
            kw = r.choice(['key', 'default', 'sep', 'start', 'reverse', 'x', 'base', 'encoding'])
            kv = r.randrange(len(VALUES))
        if r.random() < 0.4:
            fname = r.choice(builtins_names)
            specs.append((fname, 0, fname, None, args, kw, kv))
            continue
        tname = r.choice(RECEIVER_TYPES)
        mname = r.choice(methods[tname])
        receivers = [i for i, v in enumerate(VALUES) if v.startswith(_value_prefix(tname))] or list(range(len(VALUES)))
        receiver = r.choice(receivers)
        if r.random() < 0.2:
            specs.append((f"{tname}.{mname} unbound", 2, mname, tname, args, kw, kv))
        else:
            specs.append((f"{tname}.{mname}", 1, mname, receiver, args, kw, kv))
    return specs


# The program both implementations run: the calls are a data table read by one loop, so the program compiles
# in milliseconds whatever its size; each argument value is made fresh for each call (a call may mutate it).
PROGRAM_HEAD = """import builtins, sys
V = [%s]
def outcome(f, args, kwargs):
    try:
        res = f(*args, **kwargs)
    except Exception as e:
        return '!' + type(e).__name__ + ': ' + str(e)
    t = type(res).__name__
    if t in ('int', 'bool', 'NoneType') or (t == 'str' and len(res) < 60):
        return t + ' ' + repr(res)
    if t == 'float':
        return t + ' ' + repr(res)
    if t in ('list', 'tuple', 'bytes') and len(res) < 12:
        try:
            return t + ' ' + repr(res)
        except Exception as e:
            return t
    return t
def main(first, last):
    rows = TABLE.split(chr(10))
    for i in range(first, last):
        label, kind, name, where, args, kw, kv = rows[i].split(chr(9))
        try:
            if kind == '0':
                f = getattr(builtins, name)
            elif kind == '1':
                f = getattr(V[int(where)](), name)
            else:
                f = getattr(getattr(builtins, where), name)
            values = tuple([V[int(k)]() for k in args.split(',')]) if args else ()
            line = outcome(f, values, {kw: V[int(kv)]()} if kw else {})
        except Exception as e:
            line = '!' + type(e).__name__ + ': ' + str(e)
        print(i, label, line, sep=' | ', flush=True)
"""


def program(seed, count, names):
    """Python source of `count` calls; `prog.py FIRST LAST` makes calls FIRST..LAST-1, each printing one line:
    its index, the callee and the outcome."""
    specs = call_specs(seed, count, names)
    factories = ", ".join(f"lambda: {v}" for v in VALUES)
    # One text constant split at run time: a list display of thousands of tuples is slow to compile.
    rows = []
    for label, kind, name, where, args, kw, kv in specs:
        rows.append("\t".join([label, str(kind), name, "" if where is None else str(where),
                               ",".join(map(str, args)), kw or "", "" if kv is None else str(kv)]))
    return (PROGRAM_HEAD % factories + "TABLE = " + repr("\n".join(rows)) + "\n"
            "main(int(sys.argv[1]), int(sys.argv[2]))\n")


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


def run(argv, path, first, last, timeout, idle):
    """Runs calls first..last-1 of the program at `path`. Returns (status, stdout, stderr); status None when the
    whole run passed `timeout` seconds or printed nothing for `idle` seconds (one call hanging)."""
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    p = subprocess.Popen(argv + [path, str(first), str(last)], stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    begin = last_growth = time.monotonic()
    size = 0
    status = None
    while True:
        try:
            status = p.wait(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            pass
        now = time.monotonic()
        grown = os.fstat(out.fileno()).st_size
        if grown != size:
            size, last_growth = grown, now
        # Start-up (a starved process at nice 19 can take minutes) is allowed more than one call.
        if now - last_growth > (idle if size else max(idle, 300)) or now - begin > timeout:
            p.kill()
            p.wait()
            break
    out.seek(0)
    err.seek(0)
    result = status, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    out.close()
    err.close()
    return result


def _last_index(text):
    """Index of the last complete outcome line, or None."""
    for line in reversed(text.splitlines()):
        head = line.split(" | ", 1)[0]
        if head.isdigit():
            return int(head)
    return None


def cpython_run(path, count, timeout, idle):
    """All calls under CPython, a new process from the call after one that stalls (e.g. round(2**70, -2**64)
    computes 10**(2**64)). Returns (stdout lines, the indexes of the calls CPython could not finish)."""
    lines, unfinished = [], set()
    first = 0
    while first < count:
        status, out, _ = run([CPYTHON], path, first, count, timeout, idle)
        done = out.splitlines()
        if out and not out.endswith("\n"):
            done = done[:-1]
        lines.extend(done)
        last = _last_index(out)
        if status == 0 and last == count - 1:
            break
        failing = (last + 1) if last is not None else first
        unfinished.add(failing)
        first = failing + 1
    return lines, unfinished


def krait_run(krait, path, count, timeout, idle, cpython_unfinished=frozenset()):
    """All calls under Krait, a new process from the call after a crash or a hang. Returns (stdout lines,
    crashes, hangs, notes): a call that kills the process counts as a crash, one that prints nothing for `idle`
    seconds is run again on its own and counts as a hang only when it hangs there too and CPython finished it."""
    lines, crashes, hangs, notes = [], 0, 0, []
    first = 0
    while first < count:
        status, out, err = run(krait, path, first, count, timeout, idle)
        done = out.splitlines()
        last = _last_index(out)
        # Output of an unfinished line (no newline) is dropped with the call that was cut.
        if out and not out.endswith("\n"):
            done = done[:-1]
        lines.extend(done)
        failing = (last + 1) if last is not None else first
        if status == 0 and last == count - 1:
            break
        if status is None and failing in cpython_unfinished:
            notes.append(f"call {failing}: does not finish under CPython either (not counted)")
        elif status is None:
            s2, out2, err2 = run(krait, path, failing, failing + 1, idle * 3, idle * 3)
            if s2 is None:
                hangs += 1
                notes.append(f"call {failing}: hang")
            elif s2 not in (0, 1) or shows_dotnet_failure(err2):
                crashes += 1
                notes.append(f"call {failing}: crash after a stall, status {s2}: {err2[-300:]}")
            else:
                notes.append(f"call {failing}: slow in the batch, finishes alone (not counted)")
                lines.extend(out2.splitlines())
        elif status not in (0, 1) or shows_dotnet_failure(err):
            crashes += 1
            notes.append(f"call {failing}: crash, status {status}: {err[-300:]}")
        else:
            notes.append(f"call {failing}: Krait stopped with status {status}: {(err.strip().splitlines() or [''])[-1][:200]}")
        first = failing + 1
    return lines, crashes, hangs, notes


def batch(seed, count, names, krait, timeout):
    fd, path = tempfile.mkstemp(suffix=".py")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(program(seed, count, names))
    try:
        c_lines, c_unfinished = cpython_run(path, count, timeout * 20, timeout)
        lines, crashes, hangs, notes = krait_run(krait, path, count, timeout * 20 + 60, timeout * 3 + 5, c_unfinished)
        if c_unfinished:
            notes.append(f"{len(c_unfinished)} calls CPython did not finish in {timeout:.0f} s, not compared")
        return seed, 0, "\n".join(c_lines), lines, crashes, hangs, notes
    finally:
        os.remove(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--calls", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=20000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds one call may take")
    ap.add_argument("--examples", type=int, default=15)
    ap.add_argument("--progress", action="store_true", help="print the counts after each batch (long runs)")
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
            s, c_status, c_out, k_lines_list, k_crashes, k_hangs, notes = fut.result()
            crashes += k_crashes
            hangs += k_hangs
            for note in notes:
                print(f"batch seed {s}: {note}", flush=True)
            if c_status != 0:
                print(f"batch seed {s}: CPython stopped with status {c_status}; batch not compared", flush=True)
                continue
            k_lines = {}
            for line in k_lines_list:
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
            if args.progress:
                elapsed = time.monotonic() - start
                print(f"progress: {compared} calls in {elapsed:.0f} s ({60 * compared / max(elapsed, 1):.0f}/min); same type "
                      f"{same_type}, same message {same_msg}; crashes {crashes}, hangs {hangs}", flush=True)
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
