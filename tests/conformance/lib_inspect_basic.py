# inspect from CPython's Lib: signature, parameters, predicates, getmembers, getdoc, unwrap, isclass etc.
import inspect
import functools


def func(a, b: int = 2, *args, c, d='x', **kw) -> str:
    """Docstring of func.

    Second paragraph."""
    return 'r'


sig = inspect.signature(func)
print(sig, list(sig.parameters), sig.return_annotation)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
b = sig.bind(1, c=3)
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
try:
    sig.bind(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

print(inspect.signature(lambda x, /, y=1: None), inspect.signature(functools.partial(func, 1)))
print(inspect.getdoc(func), '|', inspect.cleandoc("  a\n    b\n  c"))


class Widget:
    """A widget."""
    size = 3

    def __init__(self, name, *, color='red'):
        self.name = name

    def draw(self, times=1):
        return times

    @classmethod
    def make(cls):
        return cls('m')

    @staticmethod
    def helper(x):
        return x

    @property
    def label(self):
        return self.name


print(inspect.signature(Widget), inspect.signature(Widget.draw), inspect.signature(Widget('w').draw))
print(inspect.isclass(Widget), inspect.isfunction(func), inspect.ismethod(Widget('w').draw), inspect.isfunction(Widget.draw))
print(inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect), inspect.isgeneratorfunction(func))


def gen():
    yield 1


async def coro():
    pass


print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(coro),
      inspect.iscoroutinefunction(func))
print([n for n, _ in inspect.getmembers(Widget) if not n.startswith('__')])
print([n for n, _ in inspect.getmembers(Widget, inspect.isfunction)])
print(inspect.getmro(type(True)), inspect.getattr_static(Widget, 'label').__class__.__name__)


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
def wrapped(p, q=5):
    return p


print(inspect.unwrap(wrapped) is wrapped.__wrapped__, inspect.signature(wrapped))
print(inspect.Parameter('z', inspect.Parameter.KEYWORD_ONLY, default=4))
new_sig = sig.replace(return_annotation=inspect.Signature.empty)
print(new_sig, str(sig.parameters['kw']))
print(inspect.getfullargspec(func))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]))
try:
    inspect.signature(3)
except TypeError as e:
    print(type(e).__name__, e)
