"""A plain module for the import tests."""
print("loading imp_mod_a as", __name__)
VALUE = 42
_private = 'p'


def func(x):
    return x * 2


class Thing:
    pass
