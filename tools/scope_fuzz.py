#!/usr/bin/python3.11
"""Writes random small programs that stress scope analysis (nested functions, classes, lambdas, comprehensions,
global/nonlocal, walrus, super/__class__, private names, async) into a directory, for symtable_compare.py:

    scope_fuzz.py DIR [COUNT] [SEED]
    symtable_compare.py DIR

Many of the programs are rejected by CPython; the comparison checks Krait rejects them the same way."""
import os
import random
import sys

NAMES = ["a", "b", "x", "__p", "super", "__class__", "self", "_q"]


class Gen:
    def __init__(self, rng):
        self.r = rng

    def name(self):
        return self.r.choice(NAMES)

    def expr(self, depth, in_func, in_async):
        r = self.r
        k = r.randrange(12 if depth < 3 else 3)
        if k <= 2:
            return self.name() if k else r.choice(["1", "None", "'s'"])
        if k == 3:
            return f"({self.name()} := {self.expr(depth + 1, in_func, in_async)})"
        if k == 4:
            return f"lambda {self.params()}: {self.expr(depth + 1, True, False)}"
        if k in (5, 6):
            kind = r.choice(["[{e} {gens}]", "{{{e} {gens}}}", "({e} {gens})", "{{{e}: {e2} {gens}}}"])
            gens = " ".join(self.gen(depth, in_func, in_async) for _ in range(r.randint(1, 2)))
            return kind.format(e=self.expr(depth + 1, in_func, in_async), e2=self.expr(depth + 1, in_func, in_async),
                               gens=gens)
        if k == 7:
            return f"{self.name()}({self.expr(depth + 1, in_func, in_async)})"
        if k == 8 and in_func:
            return f"(yield {self.expr(depth + 1, in_func, in_async)})"
        if k == 9 and in_async:
            return f"(await {self.name()})"
        if k == 10:
            return "super()"
        return f"{self.name()}.attr"

    def gen(self, depth, in_func, in_async):
        r = self.r
        tgt = r.choice(["i", "j", "a", "x", "(i, j)", "__p"])
        asy = "async " if r.random() < 0.1 else ""
        cond = f" if {self.expr(depth + 1, in_func, in_async)}" if r.random() < 0.3 else ""
        return f"{asy}for {tgt} in {self.expr(depth + 1, in_func, in_async)}{cond}"

    def params(self):
        r = self.r
        ps = r.sample(["a", "b", "x", "__p", "self"], r.randint(0, 3))
        if r.random() < 0.2:
            ps.append("*args")
        if r.random() < 0.2:
            ps.append("**kw")
        return ", ".join(ps)

    def block(self, indent, depth, kind, in_async):
        r = self.r
        lines = []
        for _ in range(r.randint(1, 4)):
            lines.extend(self.stmt(indent, depth, kind, in_async))
        return lines

    def stmt(self, indent, depth, kind, in_async):
        r = self.r
        pad = " " * indent
        in_func = kind == "func"
        k = r.randrange(14 if depth < 4 else 8)
        if k == 0:
            return [f"{pad}{self.name()} = {self.expr(0, in_func, in_async)}"]
        if k == 1:
            return [f"{pad}return {self.expr(0, in_func, in_async)}" if in_func else f"{pad}pass"]
        if k == 2:
            return [f"{pad}global {self.name()}"]
        if k == 3:
            return [f"{pad}nonlocal {self.name()}"]
        if k == 4:
            return [f"{pad}{self.expr(0, in_func, in_async)}"]
        if k == 5:
            return [f"{pad}{self.name()}: int" + (f" = {self.expr(0, in_func, in_async)}" if r.random() < 0.5 else "")]
        if k == 6:
            return [f"{pad}del {self.name()}"]
        if k == 7:
            return [f"{pad}import os as {self.name()}" if r.random() < 0.5 else f"{pad}from m import {self.name()}"]
        if k in (8, 9, 10):
            asy = r.random() < 0.2
            head = f"{pad}{'async ' if asy else ''}def {self.name()}({self.params()}):"
            return [head] + self.block(indent + 4, depth + 1, "func", asy)
        if k == 11:
            return [f"{pad}class {self.name()}({self.name()}):"] + self.block(indent + 4, depth + 1, "class", False)
        if k == 12:
            return [f"{pad}for {self.name()} in {self.expr(0, in_func, in_async)}:"] + self.block(indent + 4, depth + 1, kind, in_async)
        return [f"{pad}try:", f"{pad}    pass", f"{pad}except E as {self.name()}:"] + self.block(indent + 4, depth + 1, kind, in_async)


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    g = Gen(rng)
    for n in range(count):
        src = "\n".join(g.block(0, 0, "module", False)) + "\n"
        with open(os.path.join(out, f"fuzz{n:05}.py"), "w") as f:
            f.write(src)


if __name__ == "__main__":
    main()
