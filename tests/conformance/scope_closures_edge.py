# Closures, nonlocal, global and class-scope edge cases.
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

print(late_binding())

def nested_nonlocal():
    x = "a"
    def mid():
        def inner():
            nonlocal x
            x += "b"
        inner()
        return x
    return mid(), x

print(nested_nonlocal())

g = "module"
def set_global():
    global g
    g = "changed"
    def read():
        return g
    return read()

print(set_global(), g)

def shadow_global():
    global g
    return [g for _ in range(1)]

print(shadow_global())

def class_in_function():
    a = "fa"
    class K:
        a = "ka"
        def m(self):
            return a
        b = a
    return K().m(), K.b

print(class_in_function())

def class_free_read():
    val = 7
    class K:
        got = val
    return K.got

print(class_free_read())

def class_nonlocal():
    v = 1
    class K:
        nonlocal v
        v = 2
    return v

print(class_nonlocal())

def class_global():
    class K:
        global gk
        gk = "from class"
    return gk

print(class_global())

class Outer:
    name = "Outer.name"
    def meth(self):
        try:
            return name
        except NameError as e:
            return "NameError: " + str(e)

print(Outer().meth())

def unbound_free():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    return inner()

print(unbound_free())

def param_cell(p):
    def get():
        return p
    p = p + 1
    return get()

print(param_cell(1))

def walrus_in_comp():
    found = [last := v for v in range(4) if v % 2]
    return found, last

print(walrus_in_comp())

def qualnames():
    def inner():
        pass
    lam = [lambda: 0 for _ in range(1)][0]
    class K:
        def m(self):
            pass
    return inner.__qualname__, lam.__qualname__, K.m.__qualname__

print(qualnames())

def super_in_method():
    class Base:
        def who(self):
            return "base"
    class Derived(Base):
        def who(self):
            return "derived+" + super().who()
    return Derived().who()

print(super_in_method())

def gen_with_comp_closure(n):
    for k in range(n):
        yield [(lambda: k * j)() for j in range(2)]

print(list(gen_with_comp_closure(3)))
