import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

def f():
    import pkg1.sub.deep
    return pkg1.__name__, pkg1.sub.deep.DEEP


print(f())
print(hasattr(sys.modules[__name__], 'pkg1'))


def g():
    import pkg1.sub.deep as dd
    from pkg1.mod_y import Y as why
    return dd.__name__, why


print(g())


def h():
    from pkg1 import mod_y
    return mod_y


print(h().Y)


class K:
    import imp_mod_a
    from pkg1.mod_y import y_func as method


print(K.imp_mod_a.VALUE, K.method())
for i in range(3):
    import imp_mod_a as again
print(again.VALUE)
counter = 0
while counter < 2:
    from imp_mod_a import func
    counter += 1
print(func(counter))


def nested():
    def inner():
        import pkg1.mod_y as my
        return my
    return inner().Y


print(nested())
g2 = lambda: __import__('imp_mod_a').VALUE
print(g2())
