#!/usr/bin/python3.11
"""Writes AstDumperTests' expected data: for each program, its tree as JSON (for the test to rebuild as Krait
nodes) and python3.11's ast.dump text, without and with attributes. One JSON object per line.

Usage: python3.11 tools/gen_ast_dump_test_data.py [out.jsonl] [source.py ...]
Without sources, the programs are the snippets of tests/Krait.Syntax.Tests/Data/ast_dump_snippets.py
(separated by lines "# ----").

Tree encoding: a node is {"t": class name, "f": [field values in _fields order], "a": [lineno, col_offset,
end_lineno, end_col_offset]} ("a" only for nodes with attributes); a list is a JSON list; None is null;
bool is true/false; an int in a field other than a constant's value is a number. Constant values are tagged:
["i", decimal or "0x" hex] int, ["f", IEEE bits in hex] float, ["j", bits] imaginary, ["s", code points in hex]
str, ["b", hex] bytes, ["e"] Ellipsis. Strings in other fields (identifiers, kind, type_comment) are JSON strings.
"""
import ast
import json
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "tests", "Krait.Syntax.Tests", "Data")


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def constant(v):
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, int):
        return ["i", hex(v) if abs(v) > 10 ** 4000 else str(v)]
    if isinstance(v, float):
        return ["f", bits(v)]
    if isinstance(v, complex):
        assert v.real == 0.0
        return ["j", bits(v.imag)]
    if isinstance(v, str):
        return ["s", " ".join("%x" % ord(c) for c in v)]
    if isinstance(v, bytes):
        return ["b", v.hex()]
    if v is Ellipsis:
        return ["e"]
    raise TypeError(type(v))


def encode(x, constant_value=False):
    if isinstance(x, ast.AST):
        fields = []
        for name in x._fields:
            value = getattr(x, name)
            is_constant = name == "value" and isinstance(x, (ast.Constant, ast.MatchSingleton))
            fields.append(encode(value, is_constant))
        node = {"t": type(x).__name__, "f": fields}
        if x._attributes:
            node["a"] = [x.lineno, x.col_offset, x.end_lineno, x.end_col_offset]
        return node
    if isinstance(x, list):
        return [encode(v) for v in x]
    if constant_value:
        return constant(x)
    return x


def dump_case(source, name):
    tree = ast.parse(source)
    try:
        plain = ast.dump(tree)
        attrs = ast.dump(tree, include_attributes=True)
    except ValueError:  # an int too long for str(): ast.dump itself fails
        return None
    return json.dumps({"name": name, "tree": encode(tree), "dump": plain, "dump_attrs": attrs}, ensure_ascii=True)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(TESTS, "ast_dump_cases.jsonl")
    cases = []
    if len(sys.argv) > 2:
        for path in sys.argv[2:]:
            with open(path, "rb") as f:
                source = f.read()
            try:
                cases.append(dump_case(source, path))
            except SyntaxError:
                pass
    else:
        with open(os.path.join(TESTS, "ast_dump_snippets.py"), encoding="utf-8") as f:
            snippets = f.read().split("\n# ----\n")
        for i, snippet in enumerate(snippets):
            cases.append(dump_case(snippet, "snippet %d" % i))
    with open(out, "w", encoding="ascii", newline="\n") as f:
        for case in cases:
            if case is not None:
                f.write(case + "\n")


if __name__ == "__main__":
    main()
