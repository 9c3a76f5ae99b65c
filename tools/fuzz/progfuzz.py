#!/usr/bin/env python3
"""Generates random, valid, deterministic Python programs for differential testing against CPython.

A program is a list of independent cases; each case is a function that prints what it computes and is called
inside a try/except that prints any exception's type and message, so one failing case does not hide the rest,
and a difference points at its case (each case prints a `## case N` header first). The same seed always makes
the same program. Programs avoid what CPython itself leaves unspecified: ids, str hashes (no printing of sets of
strings unsorted), the hash of a NaN (its id since 3.10), timing, and unbounded loops or recursion.

    progfuzz.py SEED [CASES]     # writes the program to stdout
"""
import random
import sys

NAMES = ["a", "b", "c", "d", "x", "y", "z", "n", "s", "t", "u", "v"]
STRS = ["''", "'a'", "'abc'", "'Hello World'", "'  pad  '", "'x,y,,z'", "'ñandú'", "'日本'", "'\\U0001f600x'",
        "'a\\tb\\nc'", "'42'", "'-7'", "'3.5'", "'CamelCase'", "'snake_case'", "'aaa'"]
INTS = ["0", "1", "-1", "2", "3", "7", "10", "-13", "255", "256", "1000", "(2**31)", "(-2**31)", "(2**63 - 1)", "(2**63)",
        "(-2**63)", "(2**64)", "(10**20)", "(-10**25)", "123456789", "True", "False"]
FLOATS = ["0.0", "-0.0", "1.5", "-2.25", "0.1", "1e16", "1e-7", "3.141592653589793", "2.5", "1e300", "-1e-300",
          "float('inf')", "float('-inf')", "123.456", "0.3", "7.0"]
ITERABLES = ["range(5)", "range(10, 0, -3)", "'abc'", "(1, 2)", "{3: 4, 1: 2}", "reversed([1, 2, 3])",
             "enumerate('ab')", "zip([1, 2], 'xyz')", "map(abs, [-1, 2])", "filter(None, [0, 1, 2])"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.lines = []
        self.indent = 0
        self.counter = 0
        self.in_fstring = False

    # ------------------------------------------------------------------ output
    def emit(self, text):
        self.lines.append("    " * self.indent + text)

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def chance(self, p):
        return self.r.random() < p

    def pick(self, seq):
        return self.r.choice(seq)

    # ------------------------------------------------------------- expressions
    def int_expr(self, depth=0):
        if depth > 2 or self.chance(0.35):
            return self.pick(INTS)
        k = self.r.randrange(11)
        a, b = self.int_expr(depth + 1), self.int_expr(depth + 1)
        if k < 4:
            return f"({a} {self.pick(['+', '-', '*', '//', '%', '&', '|', '^'])} {b})"
        if k == 4:
            return f"({a} ** {self.r.randrange(0, 12)})"
        if k == 5:
            return f"({a} {self.pick(['<<', '>>'])} {self.r.randrange(0, 70)})"
        if k == 6:
            return f"{self.pick(['-', '~', '+', 'abs'])}({a})"
        if k == 7:
            return f"len({self.str_expr(depth + 1)})"
        if k == 8:
            return f"int({self.pick(['a', '1.9', '-2.7', repr('12'), repr(' 7 '), repr('0x1f'), 'True'])})".replace("int(a)", f"int({a})")
        if k == 9:
            return f"({a} if {self.bool_expr(depth + 1)} else {b})"
        return f"{self.pick(['min', 'max'])}({a}, {b})"

    def float_expr(self, depth=0):
        if depth > 2 or self.chance(0.35):
            return self.pick(FLOATS)
        k = self.r.randrange(8)
        a, b = self.float_expr(depth + 1), self.num_expr(depth + 1)
        if k < 4:
            return f"({a} {self.pick(['+', '-', '*', '/', '//', '%'])} {b})"
        if k == 4:
            return f"({a} ** {self.pick(['2', '0.5', '-1', '3', '0'])})"
        if k == 5:
            return f"float({self.pick([self.int_expr(depth + 1), repr('1.25'), repr('nan'), repr('-inf'), repr('1_000.5')])})"
        if k == 6:
            return f"round({a}, {self.r.randrange(-2, 5)})"
        return f"abs({a})"

    def num_expr(self, depth=0):
        return self.int_expr(depth) if self.chance(0.6) else self.float_expr(depth)

    def str_expr(self, depth=0):
        if self.in_fstring:
            return self.pick([t for t in STRS if "\\" not in t])
        if depth > 2 or self.chance(0.35):
            return self.pick(STRS)
        k = self.r.randrange(14)
        s = self.str_expr(depth + 1)
        if k == 0:
            return f"({s} + {self.str_expr(depth + 1)})"
        if k == 1:
            return f"({s} * {self.r.randrange(-1, 4)})"
        if k == 2:
            return f"{s}.{self.pick(['upper', 'lower', 'strip', 'title', 'capitalize', 'swapcase', 'lstrip', 'rstrip', 'casefold'])}()"
        if k == 3:
            return f"{s}[{self.slice_expr()}]"
        if k == 4:
            return f"{s}.replace({self.pick(STRS)}, {self.pick(STRS)})"
        if k == 5:
            return f"{self.pick(STRS)}.join({self.list_of_str(depth + 1)})"
        if k == 6:
            return f"str({self.pick([self.int_expr(depth + 1), self.float_expr(depth + 1), 'None', '[1, 2]', '(1,)', '{1: 2}'])})"
        if k == 7:
            return f"repr({self.pick([s, self.float_expr(depth + 1), self.int_expr(depth + 1)])})"
        if k == 8 and not self.in_fstring:
            # Inside an f-string (3.11) an expression may not reuse the quote or nest another f-string.
            self.in_fstring = True
            v = self.pick([self.int_expr(depth + 1), self.float_expr(depth + 1), self.pick(NAMES[:4])])
            self.in_fstring = False
            return f'f"<{{{v}{self.pick(["", "!r", ":>8", ":^7", ":x", ":.3f", ":,", ":08.2f", ":e", ":+d", ":%"])}}}>"'
        if k == 9:
            return f"'%s|%r|%5d|%-6.2f' % ({s}, {s}, {self.int_expr(depth + 1)}, {self.float_expr(depth + 1)})"
        if k == 10:
            return f"'{{}}-{{!r}}-{{:>5}}'.format({s}, {s}, {self.int_expr(depth + 1)})"
        if k == 11:
            return f"{s}.center({self.r.randrange(0, 12)}, '*')"
        if k == 12:
            return f"{s}[{self.int_expr(depth + 1)}]"
        return f"chr(ord({s}[0]) + 1)"

    def slice_expr(self):
        parts = [self.pick(["", "", "1", "-1", "2", "-3", "0", "10"]) for _ in range(2)]
        if self.chance(0.3):
            parts.append(self.pick(["", "2", "-1", "-2", "3"]))
        return ":".join(parts)

    def list_of_str(self, depth):
        return "[" + ", ".join(self.str_expr(depth + 1) for _ in range(self.r.randrange(0, 4))) + "]"

    def bool_expr(self, depth=0):
        k = self.r.randrange(7)
        if k == 0:
            return f"({self.num_expr(depth + 1)} {self.pick(['<', '<=', '==', '!=', '>', '>='])} {self.num_expr(depth + 1)})"
        if k == 1:
            return f"({self.str_expr(depth + 1)} {self.pick(['<', '==', '!=', '>=', 'in', 'not in'])} {self.str_expr(depth + 1)})"
        if k == 2:
            return f"({self.int_expr(depth + 1)} < {self.int_expr(depth + 1)} <= {self.int_expr(depth + 1)})"
        if k == 3:
            return f"bool({self.any_expr(depth + 1)})"
        if k == 4:
            return f"(not {self.any_expr(depth + 1)})"
        if k == 5:
            return f"({self.any_expr(depth + 1)} {self.pick(['and', 'or'])} {self.any_expr(depth + 1)})"
        return f"{self.str_expr(depth + 1)}.{self.pick(['isdigit', 'isalpha', 'isspace', 'isupper', 'islower', 'isalnum', 'istitle'])}()"

    def list_expr(self, depth=0):
        k = self.r.randrange(8)
        if depth > 2 or k < 2:
            return "[" + ", ".join(self.scalar_expr(depth + 1) for _ in range(self.r.randrange(0, 5))) + "]"
        if k == 2:
            v = self.pick(["i", "i * i", "i % 3", "-i", "str(i)", "(i, i)"])
            cond = self.pick(["", " if i % 2", " if i > 2"])
            return f"[{v} for i in range({self.r.randrange(0, 8)}){cond}]"
        if k == 3:
            return f"sorted({self.list_expr(depth + 1)}{self.pick(['', ', reverse=True', ', key=str', ', key=repr'])})"
        if k == 4:
            return f"list({self.pick(ITERABLES)})"
        if k == 5:
            return f"({self.list_expr(depth + 1)} + {self.list_expr(depth + 1)})"
        if k == 6:
            return f"{self.list_expr(depth + 1)}[{self.slice_expr()}]"
        return f"{self.str_expr(depth + 1)}.split({self.pick(['', repr(','), repr(' '), 'None, 1'])})"

    def dict_expr(self, depth=0):
        k = self.r.randrange(4)
        if depth > 2 or k == 0:
            items = [f"{self.pick(INTS[:12] + STRS[:6])}: {self.scalar_expr(depth + 1)}" for _ in range(self.r.randrange(0, 4))]
            return "{" + ", ".join(items) + "}"
        if k == 1:
            return f"{{i: {self.pick(['i * 2', 'str(i)', '[i]', 'i % 2 == 0'])} for i in range({self.r.randrange(0, 6)})}}"
        if k == 2:
            return f"dict(zip({self.pick([repr('abc'), repr('xy'), 'range(3)'])}, {self.list_expr(depth + 1)}))"
        return f"({self.dict_expr(depth + 1)} | {self.dict_expr(depth + 1)})"

    def scalar_expr(self, depth=0):
        k = self.r.randrange(5)
        if k == 0:
            return self.int_expr(depth)
        if k == 1:
            return self.float_expr(depth)
        if k == 2:
            return self.str_expr(depth)
        if k == 3:
            return self.bool_expr(depth)
        return self.pick(["None", "(1, 'a')", "()", "(2,)", "[]"])

    def any_expr(self, depth=0):
        k = self.r.randrange(6)
        if k == 0:
            return self.list_expr(depth)
        if k == 1:
            return self.dict_expr(depth)
        if k == 2:
            return f"tuple({self.list_expr(depth + 1)})"
        if k == 3:
            return f"set({self.pick(['range(6)', '[3, 1, 2, 3]', '[-1, 10, 5]', '(0, 0.0, False)'])})"
        return self.scalar_expr(depth)

    # -------------------------------------------------------------- statements
    def show(self, expr):
        self.emit(f"print(repr({expr}))")

    def block(self, n):
        for _ in range(n):
            self.statement()

    def statement(self, depth=0):
        k = self.r.randrange(16)
        var = self.pick(NAMES)
        if k < 3:
            self.emit(f"{var} = {self.any_expr()}")
            self.emit(f"print({var!r}, repr({var}))")
        elif k == 3:
            self.emit(f"if {self.bool_expr()}:")
            self.indent += 1
            self.show(self.any_expr())
            self.indent -= 1
            self.emit("else:")
            self.indent += 1
            self.show(self.any_expr())
            self.indent -= 1
        elif k == 4:
            it = self.pick(["range(4)", "[3, 1, 2]", repr("xyz"), "{'k': 1, 'j': 2}", "enumerate([5, 6])",
                            "zip(range(3), 'ab')", "reversed(range(3))", "(1.5, -2)"])
            self.emit(f"for i in {it}:")
            self.indent += 1
            self.emit(f"if i == {self.pick(['1', '2', repr('y'), '(1, 6)'])}:")
            self.emit(f"    {self.pick(['continue', 'break', 'pass'])}")
            self.show(f"(i, {self.scalar_expr(1)})")
            self.indent -= 1
            self.emit("else:")
            self.emit("    print('for-else')")
        elif k == 5:
            w = self.fresh("w")
            self.emit(f"{w} = 0")
            self.emit(f"while {w} < {self.r.randrange(0, 6)}:")
            self.emit(f"    {w} += 1")
            self.emit(f"    {var} = {self.int_expr(1)} * {w}")
            self.emit(f"    print({w}, {var})")
        elif k == 6:
            self.emit("try:")
            self.indent += 1
            self.show(self.pick([f"{self.int_expr()} // {self.int_expr()}", f"{self.list_expr()}[{self.int_expr()}]",
                                 f"{self.dict_expr()}[{self.pick(INTS[:6] + STRS[:4])}]",
                                 f"{self.float_expr()} / {self.num_expr()}", f"int({self.str_expr()})",
                                 f"{self.any_expr()} + {self.any_expr()}", f"{self.any_expr()} < {self.any_expr()}"]))
            self.indent -= 1
            exc = self.pick(["ZeroDivisionError", "IndexError", "KeyError", "(TypeError, ValueError)", "Exception",
                             "ArithmeticError", "LookupError"])
            self.emit(f"except {exc} as e:")
            self.emit("    print('caught', type(e).__name__, e)")
            if self.chance(0.4):
                self.emit("else:")
                self.emit("    print('no error')")
            if self.chance(0.4):
                self.emit("finally:")
                self.emit("    print('finally')")
        elif k == 7:
            self.function_def()
        elif k == 8:
            self.class_def()
        elif k == 9:
            self.generator_def()
        elif k == 10:
            self.emit(f"{var} = {self.list_expr()}")
            op = self.pick([f"{var}.append({self.scalar_expr()})", f"{var}.extend({self.list_expr()})",
                            f"{var}.insert({self.int_expr()}, 0)", f"{var}.pop()", f"{var}.reverse()",
                            f"{var}.sort(key=repr)", f"del {var}[{self.slice_expr()}]",
                            f"{var}[{self.slice_expr()}] = {self.list_expr()}", f"{var} *= {self.r.randrange(0, 3)}",
                            f"{var}.remove({self.scalar_expr()})", f"{var}.index({self.scalar_expr()})",
                            f"{var}.count({self.scalar_expr()})", f"{var}.clear()"])
            self.emit(op)
            self.emit(f"print({var})")
        elif k == 11:
            self.emit(f"{var} = {self.dict_expr()}")
            op = self.pick([f"{var}[{self.pick(STRS[:5])}] = {self.scalar_expr()}", f"{var}.pop({self.pick(INTS[:5])}, 'dflt')",
                            f"{var}.setdefault('k', []).append(1)", f"{var}.update({self.dict_expr()})",
                            f"print({var}.get({self.pick(INTS[:5])}, 'missing'))", f"print(list({var}.items()))",
                            f"print(sorted({var}, key=repr))", f"del {var}[{self.pick(INTS[:5])}]",
                            f"print({var}.popitem())", f"print({self.pick(INTS[:5])} in {var})"])
            self.emit(op)
            self.emit(f"print({var}, len({var}))")
        elif k == 12:
            a, b = self.fresh("p"), self.fresh("q")
            self.emit(f"{a}, *{b} = [{self.scalar_expr()}] + {self.list_expr()}")
            self.emit(f"print({a}, {b})")
        elif k == 13:
            self.emit(f"s1 = {{{self.pick(['i % 5', 'i * 3 % 7', '-i'])} for i in range({self.r.randrange(0, 9)})}}")
            self.emit(f"s2 = set({self.pick(['range(3)', '[4, 5, 6]', '[-1, -2]', '()'])})")
            self.show(f"sorted(s1 {self.pick(['|', '&', '-', '^'])} s2)")
            self.show(f"(s1 {self.pick(['<=', '>=', '==', '<'])} s2, len(s1), {self.int_expr(2)} in s1)")
        elif k == 14:
            self.emit(f"{var} = {self.int_expr()}")
            self.emit(f"{var} {self.pick(['+=', '-=', '*=', '//=', '%=', '|=', '&=', '<<='])} {self.pick(INTS[:10])}")
            self.emit(f"print({var}, divmod({var}, {self.pick(['3', '-7', '1', '10**10'])}), hex({var}))")
        else:
            self.show(self.pick([f"sum({self.list_expr()})", f"max({self.list_expr()}, default='none')",
                                 f"min({self.str_expr()}, default='-')", f"any({self.list_expr()})",
                                 f"all({self.list_expr()})", f"sorted({self.str_expr()})",
                                 f"list(map(str, {self.list_expr()}))", f"hash({self.pick(INTS)})",
                                 f"(lambda v: 'nan' if v != v else hash(v))({self.float_expr()})",
                                 f"(lambda v: 'nan' if v != v else hash(({self.int_expr()}, v)))({self.float_expr()})",
                                 f"pow({self.int_expr()}, {self.r.randrange(0, 9)}, {self.pick(['7', '1000000007', '-5'])})",
                                 f"(bin({self.int_expr()}), oct({self.int_expr()}))", f"format({self.num_expr()}, '{self.pick(['', '.2f', '>10', 'e', 'g', '.3g', ','])}')"]))

    def function_def(self):
        name = self.fresh("f")
        style = self.r.randrange(4)
        if style == 0:
            self.emit(f"def {name}(a, b={self.scalar_expr()}, *args, k={self.int_expr()}, **kw):")
            self.emit("    return (a, b, args, k, sorted(kw.items()))")
            call = self.pick([f"{name}(1)", f"{name}(1, 2, 3, 4)", f"{name}(1, k=5)", f"{name}(a=1, b=2, z=3)",
                              f"{name}(*[1, 2], **{{'k': 0}})", f"{name}()", f"{name}(1, a=2)", f"{name}(1, 2, k=1, k2=2)"])
        elif style == 1:
            self.emit(f"def {name}(n):")
            self.emit("    count = 0")
            self.emit("    def inner(step):")
            self.emit("        nonlocal count")
            self.emit("        count += step")
            self.emit("        return count")
            self.emit("    return [inner(i) for i in range(n)]")
            call = f"{name}({self.r.randrange(0, 6)})"
        elif style == 2:
            self.emit(f"def {name}(n):")
            self.emit(f"    return 1 if n <= 1 else n * {name}(n - 1)")
            call = f"{name}({self.r.randrange(0, 30)})"
        else:
            self.emit(f"{name} = lambda x, y=2: (x {self.pick(['+', '*', '-'])} y, {self.pick(['x', 'y'])})")
            call = f"{name}({self.pick(['1', repr('a'), '[1]', '2.5'])})"
        self.show(call)

    def class_def(self):
        base, sub = self.fresh("C"), self.fresh("D")
        self.emit(f"class {base}:")
        self.emit("    kind = 'base'")
        self.emit("    def __init__(self, v):")
        self.emit("        self.v = v")
        self.emit("    def __repr__(self):")
        self.emit(f"        return '{base}(' + repr(self.v) + ')'")
        self.emit("    def __eq__(self, other):")
        self.emit(f"        return isinstance(other, {base}) and self.v == other.v")
        self.emit("    __hash__ = None")
        self.emit("    def __add__(self, other):")
        self.emit(f"        return {base}(self.v + (other.v if isinstance(other, {base}) else other))")
        self.emit("    def __lt__(self, other):")
        self.emit("        return self.v < other.v")
        self.emit("    def describe(self):")
        self.emit("        return self.kind + ':' + str(self.v)")
        self.emit(f"class {sub}({base}):")
        self.emit("    kind = 'sub'")
        self.emit("    def describe(self):")
        self.emit("        return 'sub/' + super().describe()")
        pool = INTS[:10] if self.chance(0.7) else STRS[:4]
        v1, v2 = self.pick(pool), self.pick(pool)
        self.show(f"[{base}({v1}), {sub}({v2}).describe(), {base}({v1}) == {sub}({v1}), {base}({v1}) + {v2}]")
        self.show(f"sorted([{sub}(3), {base}(1), {sub}(2)])")
        self.show(f"({sub}({v1}).kind, isinstance({sub}(1), {base}), issubclass({base}, {sub}), getattr({base}(1), 'w', 'no'))")

    def generator_def(self):
        name = self.fresh("g")
        self.emit(f"def {name}(n):")
        self.emit("    for i in range(n):")
        self.emit(f"        if i == {self.r.randrange(0, 8)}:")
        self.emit(f"            yield from {self.pick(['[10, 20]', 'range(2)', repr('ab')])}")
        self.emit("        r = yield i * 2")
        self.emit("        if r is not None:")
        self.emit("            yield ('sent', r)")
        self.emit("    return 'done'")
        self.show(f"list({name}({self.r.randrange(0, 6)}))")
        gv = self.fresh("it")
        self.emit(f"{gv} = {name}(4)")
        self.show(f"(next({gv}), {gv}.send('x'), next({gv}, 'end'), list({gv}))")
        self.show(f"sum(x * x for x in range({self.r.randrange(0, 10)}) if x % 2)")

    def program(self, cases):
        for i in range(cases):
            self.emit(f"def case_{i}():")
            self.indent += 1
            self.block(self.r.randrange(2, 6))
            self.indent -= 1
        self.emit("CASES = [" + ", ".join(f"case_{i}" for i in range(cases)) + "]")
        self.emit("for i, case in enumerate(CASES):")
        self.emit("    print('## case', i)")
        self.emit("    try:")
        self.emit("        case()")
        self.emit("    except Exception as e:")
        self.emit("        print('EXC', type(e).__name__, e)")
        return "\n".join(self.lines) + "\n"


def generate(seed, cases=20):
    return Gen(seed).program(cases)


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    cases = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    sys.stdout.write(generate(seed, cases))
