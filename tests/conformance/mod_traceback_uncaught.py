# krait: no-cpython-lib
# traceback: print_exc / print_exception write to stderr exactly what the interpreter prints for the same
# exception left uncaught (the last one here), chains and groups included.
import sys
import traceback


def parse(text):
    return int(text)


def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError as e:
            raise LookupError('bad entry %r' % v) from e
    return out


def run():
    try:
        load(['1', 'x'])
    except LookupError:
        return [][0]


try:
    run()
except IndexError:
    traceback.print_exc()
    print('printed once', file=sys.stderr)

try:
    run()
except IndexError as e:
    traceback.print_exception(e, file=sys.stderr)
    traceback.print_exception(type(e), e, e.__traceback__, limit=1, chain=False)
print('to stdout: %d lines' % len(traceback.format_exc().splitlines()))


def group():
    errors = []
    for i in range(2):
        try:
            load([str(i), 'bad%d' % i])
        except LookupError as e:
            errors.append(e)
    raise ExceptionGroup('loading failed', errors)


try:
    group()
except ExceptionGroup:
    traceback.print_exc()

print('now uncaught')
group()
