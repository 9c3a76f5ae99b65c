# krait: no-cpython-lib
# traceback: FrameSummary and StackSummary (extract, from_list, format, format_frame_summary), format_list.
import traceback

fs = traceback.FrameSummary('prog.py', 12, 'work', lookup_line=False, line='    total += 1   ')
print(fs, repr(fs), fs.filename, fs.lineno, fs.name, repr(fs.line), fs.locals)
print(list(fs), len(fs), fs[0], fs[1], fs[-1], fs[1:3])
filename, lineno, name, line = fs
print(filename, lineno, name, line)
print(fs == ('prog.py', 12, 'work', 'total += 1'), fs == ('prog.py', 12, 'work', 'other'), fs == 'prog.py')
print(fs == traceback.FrameSummary('prog.py', 12, 'work', line='different'))
print(fs == traceback.FrameSummary('prog.py', 13, 'work', line='total += 1'))
print(fs.end_lineno, fs.colno, fs.end_colno)
try:
    hash(fs)
except TypeError as e:
    print(type(e).__name__, e)

with_locals = traceback.FrameSummary('f.py', 1, 'fn', locals={'b': [1, 2], 'a': 'text', 'c': None}, line='pass')
print(with_locals.locals)
print(with_locals == traceback.FrameSummary('f.py', 1, 'fn', line='pass'))
print(traceback.FrameSummary('f.py', 1, 'fn', locals={}, line='x').locals)

nothing = traceback.FrameSummary('<string>', 3, 'fn')
print(repr(nothing.line), nothing == ('<string>', 3, 'fn', ''))
none_line = traceback.FrameSummary('x.py', None, 'fn')
print(none_line.line, none_line.lineno)

print(traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None), ('c.py', 3, 'h', '   ')]))
print(traceback.format_list([fs, with_locals]))
print(traceback.format_list([]))

summary = traceback.StackSummary.from_list([('r.py', 5, 'rec', 'return rec(n - 1)')] * 7 + [('r.py', 2, 'rec', 'raise ValueError')])
print(type(summary).__name__, isinstance(summary, list), len(summary))
print(''.join(summary.format()), end='')
for count in (3, 4, 5):
    print(''.join(traceback.StackSummary.from_list([('s.py', 1, 'f', 'f()')] * count).format()), end='')
    print('--')
mixed = traceback.StackSummary.from_list([('s.py', 1, 'f', 'f()')] * 5 + [('s.py', 2, 'f', 'g()')] * 5 + [('s.py', 1, 'f', 'f()')] * 2)
print(''.join(mixed.format()), end='')
print(summary.format_frame_summary(with_locals), end='')
print(repr(summary.format_frame_summary(traceback.FrameSummary('q.py', 4, 'z', line=''))))

print(traceback.StackSummary.from_list([fs])[0] is fs)
try:
    traceback.StackSummary.from_list([('too', 'short')])
except ValueError as e:
    print(type(e).__name__, e)


class Custom(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        return '[%s:%s]\n' % (frame_summary.name, frame_summary.lineno)


print(''.join(Custom.from_list([('a.py', 1, 'f', 'x'), ('b.py', 2, 'g', 'y')]).format()), end='')
print(type(Custom.from_list([])).__name__)
print(''.join(Custom(Custom.from_list([('a.py', 1, 'f', 'x'), ('b.py', 2, 'g', 'y')])).format()), end='')


def here():
    import sys
    return traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=1)


s = here()
print(len(s), s[0].name, s[0].line, s[0].lineno)
s = traceback.StackSummary.extract(iter([]))
print(s, type(s).__name__)
