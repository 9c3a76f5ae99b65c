# eval/exec without dicts use the caller's globals and locals.
x = 10

def use_eval(y):
    return eval("x + y")

print(use_eval(5))

def use_exec():
    exec("global x\nx = 99", globals())
    return x

print(use_exec(), x)
exec("new_name = 'made by exec'")
print(new_name)
r = eval("[i * i for i in range(4)]")
print(r)
code = compile("x * 3", "<s>", "eval")
print(eval(code))
def scope_eval():
    z = 7
    return eval(code), eval("z")
print(scope_eval())
try:
    eval("undefined_name_zz")
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("1", None, 5)
except TypeError as e:
    print(type(e).__name__, e)
# A user function named eval shadows the builtin.
def wrapper():
    def eval(s):
        return 'mine:' + s
    return eval("1+1")
print(wrapper())
g = {'__name__': 'custom'}
exec("def who():\n    return __name__", g)
print(g['who'](), g['who'].__module__)
