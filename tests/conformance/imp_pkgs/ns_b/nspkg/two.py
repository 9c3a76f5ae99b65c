TWO = 2
from . import one
