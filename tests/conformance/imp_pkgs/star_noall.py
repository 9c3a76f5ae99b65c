import imp_mod_a
a = 'A'
_hidden = 'H'
b = 'B'


def f():
    return 'f'
