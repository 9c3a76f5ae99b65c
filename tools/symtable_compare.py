#!/usr/bin/python3.11
"""Differential test of Krait's scope analysis against CPython 3.11's symtable.

    symtable_compare.py dump FILE...      CPython's side, in the shared text format
    symtable_compare.py dump-source MODE  the scope tree of the source on stdin (exec, eval or single)
    symtable_compare.py [--show N] [FILE|DIR...]
                                          compare Krait (tools/Krait.SymtableDump) with CPython for every .py
                                          file (default: all of /usr/lib/python3.11); prints "N passed, M failed"

The format, one block per file: "== path", then either the scope tree (preorder; each scope
"scope TYPE NAME line=L nested=N", then its symbols sorted by name as "  NAME SCOPE FLAGS") or
"symtable-error MSG LINE OFFSET", then "compile ok" or "compile-error MSG LINE OFFSET" (compile() runs
the compiler's own checks after the symtable); after "compile ok", one sorted line per code object
("code NAME line=FIRSTLINE FLAGS cells=... frees=...") as the emitter will derive them from the scopes. Must run under /usr/bin/python3.11 (CPython 3.11.2).
"""
import os
import subprocess
import sys
import warnings

import _symtable

TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}
SCOPES = {0: "-", 1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
# DEF_COMP_ITER (512) is not exported by _symtable but is part of the raw flags.
FLAG_NAMES = [(1, "DEF_GLOBAL"), (2, "DEF_LOCAL"), (4, "DEF_PARAM"), (8, "DEF_NONLOCAL"), (16, "USE"),
              (32, "DEF_FREE"), (64, "DEF_FREE_CLASS"), (128, "DEF_IMPORT"), (256, "DEF_ANNOT"),
              (512, "DEF_COMP_ITER")]


def flag_text(flags):
    names = [n for bit, n in FLAG_NAMES if flags & bit]
    rest = flags & ((1 << 11) - 1) & ~sum(bit for bit, _ in FLAG_NAMES)
    if rest:
        names.append(hex(rest))
    return "|".join(names) or "0"


def dump_table(table, out):
    out.append(f"scope {TYPES.get(table.type, table.type)} {table.name} line={table.lineno} nested={int(table.nested)}")
    if table.varnames:
        out.append("  params " + ",".join(table.varnames))
    for name in sorted(table.symbols):
        flags = table.symbols[name]
        out.append(f"  {name} {SCOPES.get((flags >> 11) & 15, '?')} {flag_text(flags)}")
    for child in table.children:
        dump_table(child, out)


CODE_FLAGS = [(0x4, "VARARGS"), (0x8, "VARKEYWORDS"), (0x10, "NESTED"), (0x20, "GENERATOR"),
              (0x80, "COROUTINE"), (0x200, "ASYNC_GENERATOR")]


def dump_code(code, out):
    """One line per code object below the module: what the emitter derives from the scopes."""
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            flags = "|".join(n for bit, n in CODE_FLAGS if c.co_flags & bit) or "0"
            out.append(f"code {c.co_name} line={c.co_firstlineno} {flags} cells={','.join(sorted(c.co_cellvars))}"
                       f" frees={','.join(sorted(c.co_freevars))}")
            dump_code(c, out)


def error_text(e):
    return f"{e.msg} {e.lineno} {e.offset}"


def dump_file(path):
    out = [f"== {path}"]
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            dump_table(_symtable.symtable(source, path, "exec"), out)
        except SyntaxError as e:
            out.append(f"symtable-error {type(e).__name__} {error_text(e)}")
        except (ValueError, UnicodeError) as e:
            out.append(f"symtable-error {type(e).__name__}")
        try:
            code = compile(source, path, "exec", dont_inherit=True)
            out.append("compile ok")
            lines = []
            dump_code(code, lines)
            out.extend(sorted(lines))
        except SyntaxError as e:
            out.append(f"compile-error {type(e).__name__} {error_text(e)}")
        except (ValueError, UnicodeError) as e:
            out.append(f"compile-error {type(e).__name__}")
    return out


def python_files(args):
    for a in args:
        if os.path.isdir(a):
            for root, dirs, files in os.walk(a):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".py"):
                        yield os.path.join(root, name)
        else:
            yield a


def split_blocks(lines):
    blocks, cur = {}, None
    for line in lines:
        if line.startswith("== "):
            cur = line[3:]
            blocks[cur] = []
        elif cur is not None:
            blocks[cur].append(line)
    return blocks


def main():
    args = sys.argv[1:]
    if args and args[0] == "dump-source":
        # The scope tree of the source on stdin compiled in mode args[1] (exec, eval or single).
        out = []
        try:
            dump_table(_symtable.symtable(sys.stdin.read(), "<stdin>", args[1]), out)
        except SyntaxError as e:
            out.append(f"symtable-error {type(e).__name__} {error_text(e)}")
        print("\n".join(out))
        return
    if args and args[0] == "dump":
        for path in python_files(args[1:]):
            print("\n".join(dump_file(path)))
        return
    show = 5
    if args[:1] == ["--show"]:
        show = int(args[1])
        args = args[2:]
    files = list(python_files(args or ["/usr/lib/python3.11"]))
    here = os.path.dirname(os.path.abspath(__file__))
    project = os.path.join(here, "Krait.SymtableDump")
    krait = subprocess.run(["dotnet", "run", "-c", "Release", "--project", project, "--", "-"],
                           input="\n".join(files), capture_output=True, text=True)
    if krait.returncode != 0:
        sys.exit("Krait.SymtableDump failed:\n" + krait.stderr)
    theirs = split_blocks(krait.stdout.splitlines())
    passed = failed = 0
    for path in files:
        ours = dump_file(path)[1:]
        other = theirs.get(path)
        if other is not None and ours != other:
            # CPython drops the code objects of unreachable code (after return, ...); the scope tree still has
            # them, so Krait may list code lines CPython does not.
            theirs_code = [l for l in other if l.startswith("code ")]
            ours_code = [l for l in ours if l.startswith("code ")]
            rest_equal = [l for l in ours if not l.startswith("code ")] == [l for l in other if not l.startswith("code ")]
            remaining = list(theirs_code)
            for l in ours_code:
                if l in remaining:
                    remaining.remove(l)
                else:
                    remaining = None
                    break
            if rest_equal and remaining is not None:
                other = ours
        if ours == other:
            passed += 1
            continue
        failed += 1
        if show > 0:
            show -= 1
            import difflib
            print(f"--- {path}")
            for d in difflib.unified_diff(ours, other or ["<missing>"], "cpython", "krait", lineterm="", n=2):
                print(d)
    print(f"{passed} passed, {failed} failed")


if __name__ == "__main__":
    main()
