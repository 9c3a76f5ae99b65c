"""Harness side of the fuzzers' batch mode: runs batchdriver.py over many program files in one interpreter
process and splits its output per program, with a watchdog per input.

run_batch(argv, paths, limit) -> (results, tail)
    results: one Outcome per program that finished, in order; when a program passes `limit` seconds, or the
    process dies inside it, the last Outcome has verdict "hang" or "died" and the programs after it are not in
    results (the caller runs them in a new batch).
"""
import os
import queue
import resource
import signal
import subprocess
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DRIVER = os.path.join(HERE, "batchdriver.py")
MARK = b"@@fuzzbatch@@ "
# What one program may print before its output is cut (its tail is kept): a mutant can print in a loop.
MAX_OUTPUT = 1 << 20
# Every function of a fuzz input runs once or a few times: the JIT's profile-guided tiering only adds cost
# (instrumented code for every method with a loop, 13-15% of a batch's CPU time, measured). CPython ignores it.
CHILD_ENV = dict(os.environ, DOTNET_TieredPGO=os.environ.get("DOTNET_TieredPGO", "0"))


class Outcome:
    __slots__ = ("path", "verdict", "output", "raised", "status", "stderr")

    def __init__(self, path, verdict, output, raised, status=None, stderr=""):
        self.path, self.verdict, self.output, self.raised = path, verdict, output, raised
        self.status, self.stderr = status, stderr


def _pump(stream, q):
    for line in iter(stream.readline, b""):
        q.put(line)
    q.put(None)


def run_batch(argv, paths, limit, startup_limit=300.0):
    """Runs `paths` in one process of `argv` (an interpreter command line); see the module text."""
    fd, listfile = tempfile.mkstemp(suffix=".lst")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(paths) + "\n")
    err = tempfile.TemporaryFile()
    p = subprocess.Popen(argv + [DRIVER, listfile], stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL,
                         env=CHILD_ENV)
    q = queue.Queue()
    threading.Thread(target=_pump, args=(p.stdout, q), daemon=True).start()
    results = []
    current, out, size, raised = None, [], 0, None
    deadline = time.monotonic() + startup_limit
    timed_out = False
    try:
        while True:
            try:
                line = q.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                timed_out = True
                break
            if line is None:
                break
            if line.startswith(MARK):
                kind, _, rest = line[len(MARK):].rstrip(b"\n").partition(b" ")
                if kind == b"begin":
                    current, out, size, raised = rest.decode("utf-8", "surrogateescape"), [], 0, None
                    deadline = time.monotonic() + limit
                elif kind == b"raised":
                    raised = rest.decode("utf-8", "replace")
                elif kind == b"end":
                    results.append(Outcome(current, "ok", b"".join(out), raised))
                    current = None
                    deadline = time.monotonic() + startup_limit
                continue
            if current is not None:
                out.append(line)
                size += len(line)
                if size > MAX_OUTPUT:
                    out = [b"".join(out)[-MAX_OUTPUT // 2:]]
                    size = len(out[0])
    finally:
        if p.poll() is None:
            p.kill()
        status = p.wait()
        p.stdout.close()
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        err.close()
        os.remove(listfile)
    if current is not None:
        results.append(Outcome(current, "hang" if timed_out else "died", b"".join(out), raised,
                               None if timed_out else status, stderr))
    elif timed_out or (status != 0 and len(results) < len(paths)):
        # Stuck or dead between programs (start-up, or the driver itself): blame the next program.
        nxt = paths[len(results)] if len(results) < len(paths) else "(after the last program)"
        results.append(Outcome(nxt, "hang" if timed_out else "died", b"", None, None if timed_out else status,
                               stderr))
    return results, stderr


def run_all(argv, paths, limit):
    """Every path run in as few processes as possible: after a hang or a death the batch restarts after the
    program that caused it. Returns {path: Outcome}."""
    done = {}
    rest = list(paths)
    while rest:
        results, _ = run_batch(argv, rest, limit)
        if not results:
            # Nothing came back at all: blame the first program so the loop always advances.
            results = [Outcome(rest[0], "died", b"", None)]
        for o in results:
            done[o.path] = o
        rest = [p for p in rest if p not in done]
    return done


def run_alone(argv, path, cpu_limit, wall_factor=20):
    """One program in a process of its own, for confirming a suspected hang. The limit is CPU time
    (RLIMIT_CPU), not wall time: on a starved machine a slow program can pass any wall limit, while a program
    that loops spends CPU. A wall limit of wall_factor x cpu_limit remains for one that blocks without
    spending CPU. Returns (status, stdout, stderr); status None means it passed a limit."""
    soft = max(1, int(cpu_limit + 0.999))

    def limit_cpu():
        resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 5))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    try:
        p = subprocess.run(argv + [path], capture_output=True, timeout=cpu_limit * wall_factor,
                           stdin=subprocess.DEVNULL, preexec_fn=limit_cpu, env=CHILD_ENV)
    except subprocess.TimeoutExpired:
        return None, b"", b""
    if p.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        return None, p.stdout, p.stderr
    return p.returncode, p.stdout, p.stderr
