#!/usr/bin/env python3
"""Start-up time (`-c pass`) and peak memory (nbody) of Krait, CPython and PyPy, measured interleaved.

Writes a JSON file read by report.py. Peak memory is the child's maximum resident set size (wait4's ru_maxrss).
"""
import argparse
import json
import os
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_once(argv):
    """Wall seconds and peak RSS (KiB) of one run, output discarded."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{argv} exited with {proc.returncode}")
    return wall, usage.ru_maxrss


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--krait", required=True)
    p.add_argument("--json", required=True)
    p.add_argument("--startup-runs", type=int, default=20)
    p.add_argument("--memory-runs", type=int, default=3)
    args = p.parse_args()
    impls = {"cpython": ["/usr/bin/python3.11"], "krait": [args.krait], "pypy": ["pypy3"]}
    startup = {name: [] for name in impls}
    for _ in range(args.startup_runs):
        for name, cmd in impls.items():
            startup[name].append(run_once(cmd + ["-c", "pass"])[0])
    nbody = os.path.join(HERE, "suite", "nbody.py")
    memory = {name: [] for name in impls}
    for _ in range(args.memory_runs):
        for name, cmd in impls.items():
            memory[name].append(run_once(cmd + [nbody, "500000"])[1])
    doc = {
        "startup_s": {n: statistics.median(v) for n, v in startup.items()},
        "nbody_peak_rss_kib": {n: max(v) for n, v in memory.items()},
        "startup_runs": args.startup_runs,
        "memory_runs": args.memory_runs,
    }
    with open(args.json, "w") as f:
        json.dump(doc, f, indent=1)


if __name__ == "__main__":
    main()
