# Abstract classes from CPython library modules: numbers, typing.Protocol, dataclasses, io, contextlib, os.
import numbers, typing, dataclasses, abc, io, contextlib, os
class N(numbers.Integral): pass
try: N()
except TypeError as e: print(e)
class P(typing.Protocol):
    def f(self): ...
try: P()
except TypeError as e: print(e)
@dataclasses.dataclass
class D(abc.ABC):
    x: int
    @abc.abstractmethod
    def f(self): ...
try: D(1)
except TypeError as e: print(e)
class R(io.RawIOBase): pass
print(type(R()).__name__)
class CM(contextlib.AbstractContextManager): pass
try: CM()
except TypeError as e: print(e)
class PL(os.PathLike): pass
