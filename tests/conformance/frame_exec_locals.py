# exec/eval with separate globals and locals: names are looked up in locals, then globals, then builtins.
x = 'global x'

def in_function():
    n = 5
    exec("global x\nx = 'set by exec'")
    print(x)
    ns = {}
    exec("m = n + 2", globals(), ns)
    print(ns)
    print(eval("n * 3"), eval("n", {'n': 'given'}))

n = 100
in_function()
g = {'a': 1}
loc = {'a': 2, 'b': 3}
exec("c = a + b\nglobal d\nd = a * 10", g, loc)
print(sorted(loc.items()), g['d'], 'c' in g)
print(eval("a + b + c", g, loc))

class Mapping:
    def __init__(self):
        self.data = {'k': 40}
    def __getitem__(self, key):
        print('get', key)
        return self.data[key]
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __delitem__(self, key):
        del self.data[key]

m = Mapping()
exec("r = k + 2", {}, m)
print(m.data)
print(eval("k", {}, m))
try:
    exec("undefined_q", {}, {})
except NameError as e:
    print(type(e).__name__, e)
def comp_scope():
    return eval("[y * 2 for y in range(3)]")
print(comp_scope())
code = compile("z = 1\nw = z + 1", "<c>", "exec")
loc2 = {}
exec(code, {}, loc2)
print(sorted(loc2.items()))
exec("def fn():\n    return a", g, loc)
print(loc['fn']())
print(sorted(k for k in loc if k != 'fn'))
