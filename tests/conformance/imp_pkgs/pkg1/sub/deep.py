print("loading pkg1.sub.deep", __name__, __package__)
from ..mod_y import Y
from .. import mod_y as my
DEEP = 'deep' + Y + my.Y


def beyond():
    from .... import x
