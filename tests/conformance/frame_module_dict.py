# A module's __dict__ is its namespace, shared with vars(), setattr and exec.
import sys
mod = type(sys)('made')
print(type(mod.__dict__).__name__, mod.__dict__ is vars(mod))
mod.a = 1
print(mod.__dict__['a'])
mod.__dict__['b'] = 2
print(mod.b)
exec("c = a + b\ndef get_c():\n    return c\ndef set_c(v):\n    global c\n    c = v", mod.__dict__)
print(mod.c, mod.get_c())
mod.c = 50
print(mod.get_c())
mod.set_c(60)
print(mod.c, mod.__dict__['c'])
del mod.c
try:
    mod.get_c()
except NameError as e:
    print(type(e).__name__, e)
try:
    del mod.nothing
except AttributeError as e:
    print(type(e).__name__, e)
this = sys.modules[__name__]
print(this.__dict__ is globals())
setattr(this, 'dyn', 'hello')
print(dyn)
print(getattr(this, 'dyn'))
print(sorted(k for k in vars(mod) if not k.startswith('__')))
# exec with a plain dict: functions made there see later changes to that dict.
ns = {}
exec("def f():\n    return k * 2", ns)
ns['k'] = 21
print(ns['f']())
ns['k'] = 'ab'
print(ns['f']())
print('__builtins__' in ns)
print(eval("k + 'c'", ns))
print(sorted(k for k in ns if k != '__builtins__'))
