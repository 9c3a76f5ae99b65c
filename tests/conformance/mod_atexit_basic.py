# krait: no-cpython-lib
# atexit: LIFO order, arguments, unregister, _run_exitfuncs, and running after an uncaught exception.
import atexit
import sys

def hello(name, punct='!'):
    print('goodbye', name + punct)

def never():
    print('never printed')

atexit.register(hello, 'first')
atexit.register(hello, 'second', punct='?')
atexit.register(never)
atexit.register(never)
print(atexit._ncallbacks())
atexit.unregister(never)
print(atexit._ncallbacks())

@atexit.register
def decorated():
    print('decorated runs first')
print(decorated.__name__)

def ran_early():
    print('ran by _run_exitfuncs')
tmp = []
atexit._clear()
atexit.register(ran_early)
atexit._run_exitfuncs()
print(atexit._ncallbacks())
atexit.register(hello, 'first')
atexit.register(hello, 'second', punct='?')
atexit.register(decorated)
try:
    atexit.register(1)
except TypeError as e:
    print(type(e).__name__, e)
print('main ends with an exception')
sys.stdout.flush()
raise SystemExit(3)
