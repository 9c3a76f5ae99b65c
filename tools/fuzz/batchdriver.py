"""Runs many Python programs in one interpreter process, each isolated: its own globals, every exception caught,
and the interpreter state a program may change (sys.stdout/stderr/stdin, the recursion limit, the int digit
limit, builtins) put back afterwards. Used by the fuzzers' batch mode, under Krait and CPython alike, because
one process per input costs a start-up each (about 60 ms for Krait).

    batchdriver.py LISTFILE

LISTFILE names one program file per line. For each, stdout gets `MARK begin NAME`, the program's output, then
`MARK raised TYPE: MESSAGE` if an exception left the program, then `MARK end NAME`; the harness watches the
begin/end marks to time each input and kills the process when one takes too long.
"""
import builtins
import os
import sys

MARK = "@@fuzzbatch@@"


def mark(text):
    """Writes a mark on fd 1 directly, after what the program printed, so it survives a replaced or closed
    sys.stdout."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    os.write(1, (MARK + " " + text + "\n").encode("utf-8", "backslashreplace"))


def describe(e):
    try:
        text = str(e)
    except BaseException:
        text = "<str() failed>"
    return type(e).__name__ + ": " + text


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    streams = (sys.stdout, sys.stderr, sys.stdin)
    limit = sys.getrecursionlimit()
    digits = sys.get_int_max_str_digits() if hasattr(sys, "set_int_max_str_digits") else None
    saved_builtins = dict(builtins.__dict__)
    for path in paths:
        mark("begin " + path)
        try:
            with open(path, "rb") as f:
                source = f.read()
            code = compile(source, path, "exec")
            exec(code, {"__name__": "__main__", "__file__": path, "__builtins__": builtins})
        except BaseException as e:  # SystemExit and KeyboardInterrupt included: the next program still runs
            mark("raised " + describe(e))
        sys.stdout, sys.stderr, sys.stdin = streams
        sys.setrecursionlimit(limit)
        if digits is not None:
            sys.set_int_max_str_digits(digits)
        try:
            if builtins.__dict__ != saved_builtins:
                builtins.__dict__.clear()
                builtins.__dict__.update(saved_builtins)
        except BaseException:
            pass
        mark("end " + path)


main()
