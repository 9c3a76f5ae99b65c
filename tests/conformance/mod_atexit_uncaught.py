# krait: no-cpython-lib
# atexit functions run after an uncaught exception's traceback, newest first, and may still print.
import atexit
import sys

def report(what):
    print('atexit:', what)
    sys.stdout.flush()

atexit.register(report, 'registered first, runs last')
atexit.register(report, 'registered last, runs first')
print('about to fail')
sys.stdout.flush()
{}['missing key']
