# krait: no-cpython-lib
# traceback: SyntaxError formatting (file, line, caret placement) and the TracebackException fields.
import traceback


def only(exc):
    print(''.join(traceback.format_exception_only(exc)), end='')
    print('--')


for source in ('x = (1,\n 2 +', 'def f(:\n    pass', 'a = 1 +\n', 'print "hi"', '  x = 1', 'for x in range(3):\nprint(x)',
               'f(**k, *a)', 'x = 1 = 2', "s = 'abc", 'return 5', 'del f()', '(a, b) += 1'):
    try:
        compile(source, 'snippet.py', 'exec')
    except SyntaxError as e:
        only(e)
        te = traceback.TracebackException.from_exception(e)
        print(repr(te.filename), repr(te.lineno), repr(te.end_lineno), te.offset, te.end_offset, repr(te.text), te.msg)

only(SyntaxError('bare'))
only(SyntaxError('with place', ('f.py', 3, 5, 'abc def\n')))
only(SyntaxError('no line number', ('f.py', None, 5, 'abc')))
only(SyntaxError('no file name', (None, 3, 0, '   abc')))
only(SyntaxError('caret before text', ('f', 2, 2, '  abcdef', 2, 5)))
only(SyntaxError('tab kept', ('f', 2, 3, '\tab cdef', 2, -1)))
only(SyntaxError('', ('f', 2, 3, 'x', 2, 9)))
only(SyntaxError('past the end', ('f', 2, 30, 'abc', 2, 40)))
only(SyntaxError('range', ('f', 1, 5, 'value = 1 +* 2\n', 1, 9)))
only(SyntaxError('no text', ('f', 1, 5, None, 1, 9)))
only(SyntaxError('zero end', ('f', 1, 3, 'abcdef', 1, 0)))
only(SyntaxError('form feed', ('f', 1, 4, '\f  abc', 1, 5)))
only(IndentationError('expected an indented block', ('i.py', 2, 1, 'print(x)\n', 2, 6)))
only(TabError('inconsistent use of tabs', ('t.py', 4, 1, '\tx = 1\n')))


class MySyntax(SyntaxError):
    pass


only(MySyntax('custom', ('m.py', 7, 2, 'oops\n', 7, 4)))
e = SyntaxError('noted', ('n.py', 1, 1, 'x\n'))
e.add_note('a note')
only(e)
