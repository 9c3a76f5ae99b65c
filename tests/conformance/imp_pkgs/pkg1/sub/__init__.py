print("loading pkg1.sub", __name__, __package__)
from .. import P as PARENT_P
