# An exception escaping an imported module's body: the traceback shows the import statement, then the module's
# own lines (the import system's frames are hidden, as in CPython).
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, 'imp_pkgs')
print('before')
import pkg1.mod_y
from pkg1 import mod_x
import failing_mod
print('not reached')
