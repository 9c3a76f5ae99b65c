# names of builtin functions and methods, and the builtins that exist
import builtins
print(len.__name__, print.__qualname__, str.upper.__name__, str.upper.__qualname__, "x".upper.__name__, [].append.__qualname__, str.upper.__objclass__)
print("x".upper.__self__, len.__self__ is builtins, bytes.fromhex.__name__, str.maketrans.__name__)
wanted = ["abs", "all", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "compile", "complex",
          "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr",
          "globals", "hasattr", "hash", "hex", "id", "int", "isinstance", "issubclass", "iter", "len", "list", "locals", "map",
          "max", "memoryview", "min", "next", "object", "oct", "ord", "pow", "print", "range", "repr", "reversed", "round", "set",
          "setattr", "slice", "sorted", "str", "sum", "tuple", "type", "vars", "zip"]
print([n for n in wanted if not hasattr(builtins, n)])
print(type(1j).__name__, type(memoryview(b"")).__name__, type(range(1)).__name__, type(iter(range(1))).__name__, type(slice(1)).__name__, type(compile("1", "f", "eval")).__name__)
