# os.environ (mapping over the process environment), getenv/putenv/unsetenv, and misc os values.
import os

print(type(os.environ).__name__, "PATH" in os.environ, isinstance(os.environ["PATH"], str))
print(os.getenv("KRAIT_TEST_UNSET_VAR"), os.getenv("KRAIT_TEST_UNSET_VAR", "default"), os.environ.get("KRAIT_TEST_UNSET_VAR"))
os.environ["KRAIT_TEST_VAR"] = "value 1"
print(os.environ["KRAIT_TEST_VAR"], os.getenv("KRAIT_TEST_VAR"), "KRAIT_TEST_VAR" in os.environ, os.environ.get("KRAIT_TEST_VAR", "x"))
print("KRAIT_TEST_VAR" in os.environ.keys(), "value 1" in os.environ.values(), ("KRAIT_TEST_VAR", "value 1") in os.environ.items())
print(os.environ.setdefault("KRAIT_TEST_VAR", "other"), os.environ.setdefault("KRAIT_TEST_VAR2", "second"))
print(os.environ.pop("KRAIT_TEST_VAR2"), os.environ.pop("KRAIT_TEST_VAR2", "gone"))
os.environ.update({"KRAIT_A": "1"}, KRAIT_B="2")
print(os.environ["KRAIT_A"], os.environ["KRAIT_B"])
c = os.environ.copy()
print(type(c).__name__, c["KRAIT_A"])
del os.environ["KRAIT_TEST_VAR"]
print(os.getenv("KRAIT_TEST_VAR"), "KRAIT_TEST_VAR" in os.environ)
os.putenv("KRAIT_P", "p")
os.unsetenv("KRAIT_P")
n = len(os.environ)
print(n > 0, n == len(list(os.environ)), n == len(os.environ.keys()))
try:
    os.environ["KRAIT_MISSING"]
except KeyError as e:
    print("KeyError", e)
try:
    del os.environ["KRAIT_MISSING"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    os.environ[1] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    os.getenv(1)
except TypeError as e:
    print("TypeError", e)
print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.devnull, os.extsep, os.altsep)
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1, len(os.urandom(16)), os.urandom(0))
print(os.strerror(2), os.strerror(13), os.strerror(17), os.getcwd() == os.path.abspath("."))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
here = os.getcwd()
os.chdir("..")
print(os.getcwd() == os.path.dirname(here))
os.chdir(here)
print(os.getcwd() == here)
try:
    os.chdir("_no_such_dir_")
except FileNotFoundError as e:
    print(type(e).__name__, e)
print(os.access(here, os.F_OK), os.access("_no_such_dir_", os.F_OK))
