import sys
print("runme_pkg main", __name__, __package__, __spec__.name)
print(sys.argv[1:])
print(sys.argv[0].endswith('runme_pkg/__main__.py'))
print(sys.modules['__main__'].__name__)
from . import helper
print(helper.H)
