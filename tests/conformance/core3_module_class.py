# krait: no-cpython-lib
# module.__class__ = a ModuleType subclass: properties, __getattr__, __setattr__, __delattr__, methods, and
# isinstance; plain modules keep working.
import sys

ModuleType = type(sys)

counter = 0
plain_value = 'plain'


class Watched(ModuleType):
    @property
    def computed(self):
        return 'computed from ' + self.__name__

    @property
    def counter_twice(self):
        return self.counter * 2

    @property
    def settable(self):
        return self.__dict__.get('_settable', 'unset')

    @settable.setter
    def settable(self, value):
        self.__dict__['_settable'] = value * 10

    def method(self, x):
        return (self.__name__, x)

    def __getattr__(self, name):
        if name.startswith('lazy_'):
            return name[5:].upper()
        raise AttributeError(f'module {self.__name__!r} has no attribute {name!r}')

    def __setattr__(self, name, value):
        log.append(('set', name))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        log.append(('del', name))
        super().__delattr__(name)


log = []
this = sys.modules[__name__]
print(type(this).__name__, isinstance(this, Watched))
this.__class__ = Watched
print(type(this).__name__, isinstance(this, Watched), isinstance(this, ModuleType), this.__class__ is Watched)
print(this.computed)
print(this.counter_twice)
counter = 21
print(this.counter_twice)
print(this.settable)
this.settable = 4
print(this.settable, this._settable)
print(this.method(7))
print(this.lazy_thing, getattr(this, 'lazy_x', None))
try:
    this.missing
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(this, 'missing'), getattr(this, 'missing', 'default'))
this.newattr = 5
print(newattr, this.newattr)
del this.newattr
print('newattr' in globals())
print(log)
print(this.plain_value, plain_value)

# Methods that need the module type still work.
print(this.__name__, this.__dict__ is globals(), 'computed' in dir(this))


# A module made at run time.
class Counting(ModuleType):
    reads = 0

    def __getattribute__(self, name):
        type(self).reads += 1
        return super().__getattribute__(name)


m = ModuleType('made')
m.x = 1
m.__class__ = Counting
print(m.x, m.x, Counting.reads, type(m).__name__)
m.__class__ = ModuleType
print(type(m).__name__, m.x)

for bad in (int, dict, 5):
    try:
        m.__class__ = bad
    except TypeError as e:
        print('TypeError', e)


class Other:
    pass


try:
    m.__class__ = Other
except TypeError as e:
    print('TypeError', e)
