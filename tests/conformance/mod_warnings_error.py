# krait: no-cpython-lib
# warnings: the "error" action raises the warning where warn() was called; its traceback shows no frames of
# the warnings module (CPython's warn is C code), caught and uncaught.
import traceback
import warnings

HERE = __file__.rsplit('/', 1)[0]


def check(value):
    if value < 0:
        warnings.warn('negative value %d' % value, RuntimeWarning, stacklevel=2)
    return value


def compute():
    return check(-1) + 1


warnings.simplefilter('error', RuntimeWarning)
try:
    compute()
except RuntimeWarning as e:
    print(traceback.format_exc().replace(HERE, '{DIR}'), end='')
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])

try:
    warnings.warn_explicit('explicit error', RuntimeWarning, 'x.py', 3)
except RuntimeWarning as e:
    print(traceback.format_exc().replace(HERE, '{DIR}'), end='')

warnings.simplefilter('error')
print('uncaught next')
compute()
