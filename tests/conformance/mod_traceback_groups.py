# krait: no-cpython-lib
# traceback: exception groups (nested boxes, width and depth limits), notes.
import traceback

HERE = __file__.rsplit('/', 1)[0]


def show(lines):
    print(''.join(lines).replace(HERE, '{DIR}'), end='')
    print('-----')


def fail(kind, text):
    raise kind(text)


def collect():
    errors = []
    for kind, text in ((ValueError, 'one'), (TypeError, 'two')):
        try:
            fail(kind, text)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup('several', errors)


try:
    collect()
except ExceptionGroup as eg:
    group = eg
show(traceback.format_exception(group))

inner = ExceptionGroup('inner', [KeyError('k'), IndexError('i')])
outer = ExceptionGroup('outer', [inner, RuntimeError('r')])
show(traceback.format_exception(outer))

try:
    raise outer
except ExceptionGroup as e:
    show(traceback.format_exception(e))

wide = ExceptionGroup('wide', [ValueError(i) for i in range(20)])
show(traceback.format_exception(wide))
te = traceback.TracebackException.from_exception(wide, max_group_width=3)
show(te.format())
te = traceback.TracebackException.from_exception(ExceptionGroup('two', [ValueError(1), ValueError(2)]), max_group_width=1)
show(te.format())

deep = ValueError('bottom')
for level in range(5):
    deep = ExceptionGroup('level %d' % level, [deep])
show(traceback.format_exception(deep))
te = traceback.TracebackException.from_exception(deep, max_group_depth=2)
show(te.format())

base = BaseExceptionGroup('base', [KeyboardInterrupt(), ValueError('v')])
show(traceback.format_exception(base))

noted = ValueError('with notes')
noted.add_note('first note')
noted.add_note('second\nnote on two lines')
show(traceback.format_exception_only(noted))
gnoted = ExceptionGroup('group with notes', [noted, TypeError('t')])
gnoted.add_note('group note')
show(traceback.format_exception(gnoted))

try:
    try:
        raise ValueError('context of a group')
    except ValueError:
        raise ExceptionGroup('raised while handling', [TypeError('member')])
except ExceptionGroup as e:
    show(traceback.format_exception(e))

member = ValueError('member with cause')
member.__cause__ = KeyError('the cause')
show(traceback.format_exception(ExceptionGroup('g', [member])))
show(traceback.format_exception(ExceptionGroup('g', [member]), chain=False))

te = traceback.TracebackException.from_exception(outer)
print(len(te.exceptions), [str(x) for x in te.exceptions], te.exceptions[0].exceptions[1].exc_type.__name__)
print(traceback.TracebackException.from_exception(ValueError()).exceptions)
