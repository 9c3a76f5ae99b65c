print("loading pkg1.mod_x", __name__, __package__)
from . import mod_y
from .mod_y import Y, y_func
from .sub import deep
from .sub.deep import DEEP as D2
X = 'x'


def up_too_far():
    from ... import anything
    return anything
