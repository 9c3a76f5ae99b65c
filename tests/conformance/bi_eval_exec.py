# eval / exec / compile with globals and locals dicts
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(eval("1 + 2"), eval("  3 * 4"), eval(b"5 - 1"), eval("[x * x for x in range(4)]"), eval("'a' + 'b'"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x + y", {"x": 1}, {"y": 5}), eval("len('abc')", {}))
ns = {}
exec("a = 1\nb = a + 1\ndef f(n):\n    return n * b\n", ns)
print(ns["a"], ns["b"], ns["f"](5), "__builtins__" in ns, sorted(k for k in ns if not k.startswith("__")))
exec("z = 42")
print(z)
exec("import sys as _s\nq = 7", ns)
print(ns["q"])
g = {"v": 1}
l = {}
exec("w = v + 1", g, l)
print(l, "w" in g)
code = compile("p = 3\nr = p * 2", "<test>", "exec")
print(type(code).__name__, code.co_filename)
d = {}
exec(code, d)
print(d["r"])
e = compile("2 ** 10", "<e>", "eval")
print(eval(e), eval(compile("x - 1", "<e>", "eval")))
print(exec("1 + 1"), eval(compile("y = 1", "<s>", "exec"), {}))
show(lambda: eval("1 +"))
show(lambda: exec("def f(:\n pass"))
show(lambda: eval("x = 1"))
show(lambda: compile("1", "<f>", "bogus"))
show(lambda: eval(5))
show(lambda: exec(5))
show(lambda: eval("1", 5))
show(lambda: exec("1", 5))
show(lambda: eval("undefined_name"))
show(lambda: eval("1/0"))
show(lambda: exec("raise ValueError('inside exec')"))
counter = {"n": 0}
exec("for i in range(5):\n    n += i", counter)
print(counter["n"])
exec("class K:\n    val = 3\n    def m(self):\n        return self.val * 2\nres = K().m()", ns)
print(ns["res"])
print(eval("[a for a in range(3)]", {}), eval("(lambda q: q + 1)(1)"), eval("x", {"x": "glob"}, {"x": "loc"}))
gl = globals()
exec("made_by_exec = 'yes'", gl)
print(made_by_exec, gl["made_by_exec"], "x" in globals(), globals()["x"])
