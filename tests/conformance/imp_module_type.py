import sys
ModuleType = type(sys)
print(ModuleType.__name__)
m = ModuleType('made')
print(m, m.__name__, m.__doc__, m.__package__, m.__spec__, m.__loader__)
m2 = ModuleType('doc_mod', 'the doc')
print(m2.__doc__)
m.x = 5
print(m.x, m.__dict__['x'], sorted(k for k in m.__dict__ if not k.startswith('__')))
del m.x
print(hasattr(m, 'x'))
try:
    m.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del m.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ModuleType(5)
except TypeError as e:
    print(type(e).__name__, e)
sys.modules['made'] = m
m.value = 'v'
import made
print(made is m, made.value)
from made import value
print(value)
print(isinstance(sys, ModuleType), isinstance(m, ModuleType))
