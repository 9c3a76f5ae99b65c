#!/usr/bin/env python3
"""Writes bench/RESULTS.md and the speedup chart (SVG, log scale, CPython = 1) from run.sh's measurements."""
import argparse
import json
import math
import os
import platform
import subprocess

BASE, SUBJECT, OTHERS = "cpython", "krait", ["pypy"]


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def commit():
    try:
        return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def speedups(medians, impl):
    """Per program: CPython median / impl median, or None when either failed."""
    out = {}
    for name, row in medians.items():
        base, other = row.get(BASE, {}), row.get(impl, {})
        if base.get("status") == "OK" and other.get("status") == "OK":
            out[name] = base["median_wall_s"] / other["median_wall_s"]
        else:
            out[name] = None
    return out


def geomean(values):
    values = [v for v in values if v is not None]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def fmt_x(v):
    return "-" if v is None else f"{v:.2f}x"


def cell(row, impl):
    r = row.get(impl, {})
    return f"{r['median_wall_s']:.3f}" if r.get("status") == "OK" else r.get("status", "-")


def chart(programs, series, path):
    """Horizontal bars per program, one per implementation, on a log axis from 1/8x to 32x."""
    lo, hi = math.log2(1 / 8), math.log2(32)
    left, width, bar, gap = 120, 560, 9, 8
    colors = {"krait": "#2b7bb9", "pypy": "#c0504d"}
    group = bar * len(series) + gap
    height = 40 + group * len(programs) + 40
    x = lambda v: left + (math.log2(min(max(v, 2 ** lo), 2 ** hi)) - lo) / (hi - lo) * width
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 30}" height="{height}" '
             'font-family="sans-serif" font-size="11">',
             f'<text x="{left}" y="16" font-size="13">Speedup over CPython 3.11 (log scale; right of the line is faster)</text>']
    for e in range(int(lo), int(hi) + 1):
        v = 2.0 ** e
        px = x(v)
        label = f"{v:g}x" if v >= 1 else f"1/{int(1 / v)}x"
        stroke = "#000" if e == 0 else "#ddd"
        parts.append(f'<line x1="{px:.1f}" y1="28" x2="{px:.1f}" y2="{height - 30}" stroke="{stroke}"/>')
        parts.append(f'<text x="{px:.1f}" y="{height - 16}" text-anchor="middle">{label}</text>')
    for i, name in enumerate(programs):
        y0 = 34 + i * group
        parts.append(f'<text x="{left - 6}" y="{y0 + group / 2}" text-anchor="end">{name}</text>')
        for j, (impl, values) in enumerate(series):
            v = values.get(name)
            if v is None:
                continue
            y = y0 + j * bar
            x0, x1 = sorted((x(1.0), x(v)))
            parts.append(f'<rect x="{x0:.1f}" y="{y}" width="{max(x1 - x0, 1):.1f}" height="{bar - 1}" '
                         f'fill="{colors.get(impl, "#888")}"><title>{impl} {name}: {v:.2f}x</title></rect>')
    ly = height - 8
    for j, (impl, _) in enumerate(series):
        parts.append(f'<rect x="{left + j * 90}" y="{ly - 8}" width="10" height="8" fill="{colors.get(impl, "#888")}"/>')
        parts.append(f'<text x="{left + j * 90 + 14}" y="{ly}">{impl}</text>')
    parts.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(parts) + "\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--suite", required=True)
    p.add_argument("--extras", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--chart", required=True)
    args = p.parse_args()
    with open(args.suite) as f:
        suite = json.load(f)
    with open(args.extras) as f:
        extras = json.load(f)
    medians = suite["medians"]
    programs = list(medians)
    ks = speedups(medians, SUBJECT)
    others = {o: speedups(medians, o) for o in OTHERS}
    versions = {i["name"]: i["version"] for i in suite["meta"]["impls"]}

    lines = ["# Benchmark results", "",
             "Made by `bench/run.sh` (see the README). Median wall seconds of "
             f"{suite['meta']['runs']} interleaved runs per program and implementation; every run's output was "
             "checked against the expected hash. Speedup = CPython time / implementation time.", "",
             f"- Date: {suite['meta']['date']}; commit {commit()}",
             f"- Machine: {cpu_model()}, {suite['meta']['cpus']} CPUs, {platform.system()} {platform.machine()}",
             ]
    for name, version in versions.items():
        lines.append(f"- {name}: {version.splitlines()[0]}")
    lines += ["", "| program | CPython (s) | Krait (s) | Krait speedup | PyPy (s) | PyPy speedup |",
              "|---|---:|---:|---:|---:|---:|"]
    for name in programs:
        row = medians[name]
        lines.append(f"| {name} | {cell(row, BASE)} | {cell(row, SUBJECT)} | {fmt_x(ks[name])} | "
                     f"{cell(row, 'pypy')} | {fmt_x(others['pypy'][name])} |")
    passed = [n for n in programs if ks[n] is not None]
    both = [n for n in passed if others["pypy"][n] is not None]
    lines += ["",
              f"Geometric mean of Krait's speedup over the {len(passed)} of {len(programs)} programs Krait passed: "
              f"**{fmt_x(geomean([ks[n] for n in passed]))}**; over the {len(both)} that every implementation "
              f"passed: Krait {fmt_x(geomean([ks[n] for n in both]))}, PyPy "
              f"{fmt_x(geomean([others['pypy'][n] for n in both]))}.", ""]
    st = extras["startup_s"]
    mem = extras["nbody_peak_rss_kib"]
    lines += ["| measure | CPython | Krait | PyPy | Krait / CPython |", "|---|---:|---:|---:|---:|",
              f"| start-up, `-c pass` (median of {extras['startup_runs']}, ms) | {st['cpython'] * 1000:.1f} | "
              f"{st['krait'] * 1000:.1f} | {st['pypy'] * 1000:.1f} | {st['krait'] / st['cpython']:.2f} |",
              f"| peak memory, nbody (MiB) | {mem['cpython'] / 1024:.1f} | {mem['krait'] / 1024:.1f} | "
              f"{mem['pypy'] / 1024:.1f} | {mem['krait'] / mem['cpython']:.2f} |", "",
              "![speedup per program](speedup.svg)", ""]
    with open(args.out, "w") as f:
        f.write("\n".join(lines))
    chart(programs, [(SUBJECT, ks)] + [(o, others[o]) for o in OTHERS], args.chart)


if __name__ == "__main__":
    main()
