# krait: no-cpython-lib
# traceback: the caret lines under failing expressions (binary operators, subscripts, calls, attributes,
# multi-line expressions), FrameSummary positions, and recursion folding.
import traceback

HERE = __file__.rsplit('/', 1)[0]


def report(fn, *args):
    try:
        fn(*args)
    except Exception as e:
        text = ''.join(traceback.format_exception(e))
        print(text.replace(HERE, '{DIR}'), end='')
        last = traceback.extract_tb(e.__traceback__)[-1]
        print(last.name, last.lineno, last.end_lineno, last.colno is None or last.colno >= 0)
        print('-----')


def divide(a, b):
    return a / b


def index(items, i):
    return items[i] + 0


def call_attr(obj):
    return obj.missing_method(1, 2)


def nested(d):
    value = d['outer']['inner']['deepest']
    return value


def whole_line():
    raise ValueError('whole line')


def multi_line(x):
    return (x +
            undefined_name)


def add_strings(a):
    total = a + 1 + 2
    return total


def compare(a, b):
    return a < b


def call_result(f):
    return f()()


report(divide, 1, 0)
report(index, [1, 2], 5)
report(index, {'a': 1}, 'b')
report(call_attr, 5)
report(nested, {'outer': {'inner': {}}})
report(whole_line)
report(multi_line, 1)
report(add_strings, 'x')
report(compare, 1, 'a')
report(call_result, lambda: None)
report(lambda: [1][2])
report(lambda: {}.get(1).attr)


def recurse(n):
    return recurse(n + 1) if n < 50 else 1 / 0


report(recurse, 0)


def ping(n):
    return pong(n)


def pong(n):
    if n > 8:
        raise RecursionError('deep')
    return ping(n + 1)


report(ping, 0)
