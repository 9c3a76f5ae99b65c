# A finder the program puts on sys.meta_path: importlib's find_spec / create_module / exec_module protocol.
import sys


class Spec:
    def __init__(self, name, loader, is_package=False):
        self.name = name
        self.loader = loader
        self.origin = 'virtual:' + name
        self.submodule_search_locations = [] if is_package else None
        self.parent = name if is_package else '.'.join(name.split('.')[:-1])
        self._uninitialized_submodules = []
        self.has_location = False
        self.cached = None
        self.loader_state = None


class Loader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        print('exec', module.__name__, module.__package__)
        module.greeting = 'hello from ' + module.__name__
        if module.__name__ == 'virtual_bad':
            raise RuntimeError('virtual failure')


class Finder:
    def __init__(self):
        self.asked = []

    def find_spec(self, name, path, target=None):
        self.asked.append((name, path))
        if name.startswith('virtual_') or name.startswith('vpkg'):
            return Spec(name, Loader(), is_package=(name == 'vpkg'))
        return None


finder = Finder()
print(type(sys.meta_path).__name__, len(sys.meta_path) >= 2)
sys.meta_path.append(finder)
import virtual_one
print(virtual_one.greeting, virtual_one.__spec__.origin, type(virtual_one.__loader__).__name__)
print(virtual_one.__package__ == '', 'virtual_one' in sys.modules)
import vpkg.child
print(vpkg.greeting, vpkg.child.greeting, vpkg.__path__, vpkg.child.__package__)
print(finder.asked)
try:
    import virtual_bad
except RuntimeError as e:
    print(type(e).__name__, e, 'virtual_bad' in sys.modules)
try:
    import not_virtual_at_all
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(finder.asked[-1])
sys.meta_path.insert(0, finder)
import sys as again
print(again is sys)
