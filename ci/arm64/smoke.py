"""ARM64 smoke set: runs a linux-arm64 krait under qemu user-mode emulation and compares what it prints with
CPython 3.11. Run by ci/arm64/run.sh with /usr/bin/python3.11 (the reference for every expectation computed
here). Prints one line per failure, then `arm64 smoke set: N passed, M failed`; exits 1 on any failure."""

import argparse
import ast
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
LIBRARY = "/usr/lib/python3.11"


class Case:
    def __init__(self, name, argv, cwd=None, stdout=None, stderr=None, status=0, stderr_dir=None,
                 compare_stderr=True, batch=None):
        self.name = name
        # For --dump-ast-batch: (name, expected dump) per listed file, checked record by record.
        self.batch = batch
        self.argv = argv
        self.cwd = cwd
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        # Conformance expectations write the program's folder as {DIR}.
        self.stderr_dir = stderr_dir
        self.compare_stderr = compare_stderr


def deep_call(fn):
    """ast.dump recurses in Python: give it the room a deeply nested (but legal) file needs."""
    result = {}
    def run():
        try:
            result["value"] = fn()
        except BaseException as e:  # reported as the expectation's failure
            result["error"] = e
    old = threading.stack_size(512 * 1024 * 1024)
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 200000))
    try:
        t = threading.Thread(target=run)
        t.start()
        t.join()
    finally:
        threading.stack_size(old)
        sys.setrecursionlimit(limit)
    if "error" in result:
        raise result["error"]
    return result["value"]


def expected_dump(path):
    with open(path, "rb") as f:
        source = f.read()
    return deep_call(lambda: ast.dump(ast.parse(source), include_attributes=True)) + "\n"


def parser_cases(skipped, scratch):
    cases = []
    names = []
    with open(os.path.join(HERE, "library_sample.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                names.append(line)
    missing = [n for n in names if not os.path.isfile(os.path.join(LIBRARY, n))]
    if missing:
        skipped.append(f"{len(missing)} library files not installed (e.g. {missing[0]}; "
                       "libpython3.11-testsuite brings test/)")
    names = [n for n in names if n not in missing]
    # Each process costs about 2 s of start-up under the emulator: the library sample goes through one
    # --dump-ast-batch process, and a few of its files (plus the samples) through the one-file command too.
    batch = [(os.path.join(LIBRARY, n), expected_dump(os.path.join(LIBRARY, n))) for n in names]
    if batch:
        list_file = os.path.join(scratch, "library_sample.list")
        with open(list_file, "w", encoding="utf-8") as f:
            f.write("".join(path + "\n" for path, _ in batch))
        cases.append(Case("ast batch", ["--dump-ast-batch", list_file, "--include-attributes"],
                          batch=[("ast " + os.path.relpath(p, LIBRARY), d) for p, d in batch]))
    single = [os.path.join(LIBRARY, n) for n in names[::8]]
    samples = os.path.join(HERE, "parse_samples")
    single += sorted(os.path.join(samples, n) for n in os.listdir(samples) if n.endswith(".py"))
    for path in single:
        cases.append(Case("ast-file " + os.path.relpath(path, LIBRARY if path.startswith(LIBRARY) else HERE),
                          ["--dump-ast", "--include-attributes", path], stdout=expected_dump(path)))
    errors = os.path.join(HERE, "syntax_errors")
    for name in sorted(os.listdir(errors)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(errors, name)
        # CPython's own report of a file that does not compile: the same text krait prints for --dump-ast.
        ref = subprocess.run([sys.executable, path], capture_output=True)
        cases.append(Case("syntax-error " + name, ["--dump-ast", path], stdout="",
                          stderr=ref.stderr.decode("utf-8", "surrogateescape"), status=ref.returncode))
    return cases


def read_text(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "surrogateescape")


# Programs whose expected output holds results of the platform's C maths library (Krait calls libm where CPython
# does), generated on x86-64: arm64 glibc may differ in the last bit, as CPython built for arm64 would.
LIBM_DEPENDENT = {
    "mod_math_gamma": "erf/erfc come from the platform libm; arm64 glibc differs from x86-64 in the last bit of erfc(12/7)",
    "mod_math_funcs": "cbrt comes from the platform libm (as in CPython); arm64 glibc differs from x86-64 in the last bit of cbrt(3.7)",
}


# Programs that start child processes: under the user-mode emulator a child started by the emulated Krait
# (posix_spawn of /bin/sleep, /bin/echo, ...) fails to start (exit status 127), which says nothing about arm64.
SPAWNS_PROCESSES = {
    "std4_subprocess": "starts child processes, which the user-mode emulator does not start (status 127)",
    "std4_signal_enums": "starts and kills a child process, which the user-mode emulator does not start (status 127)",
    "std5_subprocess_opts": "starts child processes, which the user-mode emulator does not start (status 127)",
    "std5_http_local": "runs an http.server in a child process, which the user-mode emulator does not start (status 127)",
    "std5_json_tool": "runs `krait -m json.tool` as a child process, which the user-mode emulator does not start (status 127)",
    "threads_sockets": "starts child processes from threads, which the user-mode emulator does not start (status 127)",
}


def conformance_cases(repo, limit, skipped):
    folder = os.path.join(repo, "tests", "conformance")
    if not os.path.isdir(folder):
        skipped.append("tests/conformance is missing")
        return []
    names = sorted(n[:-3] for n in os.listdir(folder) if n.endswith(".py"))
    for reasons in (LIBM_DEPENDENT, SPAWNS_PROCESSES):
        for name in reasons:
            if name in names:
                names.remove(name)
                skipped.append(f"conformance {name}: {reasons[name]}")
    if len(names) > limit:
        # A fixed, evenly spread sample keeps the emulated step inside its time budget.
        step = len(names) / limit
        names = [names[int(i * step)] for i in range(limit)]
    cases = []
    for name in names:
        base = os.path.join(folder, name)
        status = (read_text(base + ".expected_status") or "").strip()
        cases.append(Case("conformance " + name, [name + ".py", "a", "b"], cwd=folder,
                          stdout=read_text(base + ".expected") or "",
                          stderr=read_text(base + ".expected_stderr") or "",
                          status=int(status) if status else 0, stderr_dir=folder))
    return cases


def arch_cases(repo, skipped, machine):
    folder = os.path.join(repo, "tests", "arch")
    if not os.path.isdir(folder):
        skipped.append("tests/arch is missing")
        return []
    # platform.machine() comes from the kernel's uname, which the emulator answers as an arm64 kernel would.
    cases = [Case("arch platform.machine", ["-c", "import platform, sys; print(platform.machine(), sys.byteorder)"],
                  cwd=folder, stdout=machine + " little\n", stderr=""),
             # The target triplet CPython reports for the machine (Debian's multiarch name).
             Case("arch sys.implementation._multiarch", ["-c", "import sys; print(sys.implementation._multiarch)"],
                  cwd=folder, stdout=machine + "-linux-gnu\n", stderr="")]
    for name in sorted(n[:-3] for n in os.listdir(folder) if n.endswith(".py")):
        cases.append(Case("arch " + name, [name + ".py"], cwd=folder,
                          stdout=read_text(os.path.join(folder, name + ".expected")) or "", stderr=""))
    return cases


def bench_cases(bench, skipped):
    if bench is None or not os.path.isdir(bench):
        skipped.append("benchmark programs not found (bench/suite)")
        return []
    cases = []
    with open(os.path.join(HERE, "bench.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            program, _, args = line.partition("\t")
            path = os.path.join(bench, program)
            if not os.path.isfile(path):
                skipped.append(f"bench {program} missing")
                continue
            argv = [program] + args.split()
            ref = subprocess.run([sys.executable] + argv, cwd=bench, capture_output=True)
            if ref.returncode != 0:
                skipped.append(f"bench {program}: CPython itself failed")
                continue
            cases.append(Case("bench " + " ".join(argv), argv, cwd=bench,
                              stdout=ref.stdout.decode("utf-8", "surrogateescape"), compare_stderr=False))
    return cases


def first_difference(expected, actual):
    for i, (a, b) in enumerate(zip(expected, actual)):
        if a != b:
            return f"at char {i}: expected {expected[max(0, i - 30):i + 30]!r}, got {actual[max(0, i - 30):i + 30]!r}"
    return f"lengths {len(expected)} vs {len(actual)}: tail expected {expected[-60:]!r}, got {actual[-60:]!r}"


def check_batch(case, p, out):
    """One result per listed file from --dump-ast-batch's JSON records."""
    records = {}
    for line in out.splitlines():
        try:
            record = json.loads(line)
            records[record["i"]] = record
        except (ValueError, KeyError):
            pass
    results = []
    for i, (name, dump) in enumerate(case.batch):
        record = records.get(i)
        if record is None:
            tail = p.stderr.decode("utf-8", "surrogateescape")[-300:]
            results.append((name, f"no record (exit status {p.returncode}) {tail}"))
        elif record.get("status") != "ok":
            results.append((name, f"{record.get('status')}: {record}"[:400]))
        elif record["dump"] + "\n" != dump:
            results.append((name, "dump differs " + first_difference(dump, record["dump"] + "\n")))
        else:
            results.append((name, ""))
    return results


def run_case(case, command, timeout):
    """Runs one case; returns (case, [(name, problem or "")], seconds)."""
    start = time.monotonic()
    try:
        p = subprocess.run(command + case.argv, cwd=case.cwd, capture_output=True, timeout=timeout,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        names = [n for n, _ in case.batch] if case.batch else [case.name]
        return case, [(n, f"timed out after {timeout} s") for n in names], time.monotonic() - start
    elapsed = time.monotonic() - start
    out = p.stdout.decode("utf-8", "surrogateescape")
    if case.batch is not None:
        return case, check_batch(case, p, out), elapsed
    err = p.stderr.decode("utf-8", "surrogateescape")
    if case.stderr_dir:
        err = err.replace(case.stderr_dir, "{DIR}")
    problems = []
    if p.returncode != case.status:
        problems.append(f"exit status {p.returncode}, expected {case.status}")
    if case.stdout is not None and out != case.stdout:
        problems.append("stdout differs " + first_difference(case.stdout, out))
    if case.compare_stderr and case.stderr is not None and err != case.stderr:
        problems.append("stderr differs " + first_difference(case.stderr, err))
    elif problems and err:
        problems.append("stderr: " + err[-400:])
    return case, [(case.name, "; ".join(problems))], elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True, help="the linux-arm64 krait executable")
    ap.add_argument("--qemu", default="qemu-aarch64-static")
    ap.add_argument("--sysroot", default="/usr/aarch64-linux-gnu")
    ap.add_argument("--repo", required=True)
    ap.add_argument("--bench", default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=300)
    ap.add_argument("--max-conformance", type=int, default=120)
    ap.add_argument("--native", action="store_true",
                    help="run --krait directly (an x64 build), to check the smoke set itself")
    args = ap.parse_args()

    started = time.monotonic()
    skipped = []
    scratch = tempfile.mkdtemp(prefix="krait-arm64-")
    cases = parser_cases(skipped, scratch)
    cases += arch_cases(args.repo, skipped, platform.machine() if args.native else "aarch64")
    cases += conformance_cases(args.repo, args.max_conformance, skipped)
    cases += bench_cases(args.bench, skipped)
    # The slowest cases first, so that two workers finish together.
    cases.sort(key=lambda c: 0 if c.batch or c.name.startswith("bench") else 1)
    print(f"arm64: {len(cases)} processes, expectations ready in {time.monotonic() - started:.1f} s", flush=True)

    command = [args.krait] if args.native else [args.qemu, "-L", args.sysroot, args.krait]
    passed = failed = 0
    slowest = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for case, results, elapsed in pool.map(lambda c: run_case(c, command, args.timeout), cases):
            slowest.append((elapsed, case.name))
            for name, problem in results:
                if problem:
                    failed += 1
                    print(f"FAIL {name}: {problem}", flush=True)
                else:
                    passed += 1
    slowest.sort(reverse=True)
    print("arm64: slowest: " + ", ".join(f"{n} {t:.1f} s" for t, n in slowest[:3]))
    for reason in skipped:
        print(f"arm64: skipped: {reason}")
    print(f"arm64: smoke set took {time.monotonic() - started:.1f} s")
    # run.sh adds this line's counts to the xunit step's and prints the closing `arm64: ...` line.
    print(f"arm64 smoke set: {passed} passed, {failed} failed")
    shutil.rmtree(scratch, ignore_errors=True)
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
