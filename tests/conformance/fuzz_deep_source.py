# Deeply nested source: CPython 3.11's parser stops at its stack limit with MemoryError, its compiler with
# RecursionError "maximum recursion depth exceeded during compilation", its tokenizer at 200 open brackets.


def outcome(src, mode="eval"):
    try:
        compile(src, "<deep>", mode)
        return "ok"
    except (MemoryError, RecursionError, SyntaxError) as e:
        return f"{type(e).__name__}: {e}"


cases = [
    ("unary minus 100", "-" * 100 + "1"),
    ("unary minus 100000", "-" * 100000 + "1"),
    ("unary minus 2000", "-" * 2000 + "1"),
    ("unary minus 4000", "-" * 4000 + "1"),
    ("unary minus 7000", "-" * 7000 + "1"),
    ("invert 6500", "~" * 6500 + "1"),
    ("plus 3500", "+" * 3500 + "1"),
    ("not 1000", "not " * 1000 + "1"),
    ("not 4000", "not " * 4000 + "1"),
    ("not 100000", "not " * 100000 + "1"),
    ("lambda 1000", "lambda: " * 1000 + "1"),
    ("lambda 3500", "lambda: " * 3500 + "1"),
    ("power 3500", "2**" * 3500 + "1"),
    ("sum 2000", "1+" * 2000 + "1"),
    ("sum 10000", "1+" * 10000 + "1"),
    ("and 10000", "1 and " * 10000 + "1"),
    ("compare 10000", "1<" * 10000 + "1"),
    ("attribute 5000", "a" + ".b" * 5000),
    ("call 5000", "f" + "()" * 5000),
    ("subscript 5000", "a" + "[0]" * 5000),
    ("conditional 4000", "1 if 1 else " * 4000 + "1"),
    ("conditional 7000", "1 if 1 else " * 7000 + "1"),
    ("parentheses 199", "(" * 199 + "1" + ")" * 199),
    ("parentheses 200", "(" * 200 + "1" + ")" * 200),
    ("parentheses 201", "(" * 201 + "1" + ")" * 201),
    ("brackets 201", "[" * 201 + "]" * 201),
    ("braces 201", "{" * 201 + "}" * 201),
    ("parentheses 100 then minus 3000", "(" * 100 + "-" * 3000 + "1" + ")" * 100),
    ("calls 100 then minus 3500", "f(" * 100 + "-" * 3500 + "1" + ")" * 100),
]
for label, src in cases:
    print(label, "|", outcome(src))
print("exec minus 4000 |", outcome("x = 1\n" + "-" * 4000 + "1\n", "exec"))
print("exec minus 7000 |", outcome("x = 1\n" + "-" * 7000 + "1\n", "exec"))
print("exec sum 5000 |", outcome("y = " + "1+" * 5000 + "1\n", "exec"))
try:
    eval("-" * 100000 + "1")
except MemoryError as e:
    print("eval MemoryError", repr(e))
try:
    exec("z = " + "1+" * 5000 + "1")
except RecursionError as e:
    print("exec RecursionError", e)
# Nothing is left behind: ordinary code compiles and runs afterwards.
print(eval("-" * 50 + "1"), eval("not " * 51 + "0"), eval("(" * 50 + "7" + ")" * 50))
