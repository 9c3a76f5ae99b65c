# yield in a finally block reached by return, break or continue.
def ret():
    try:
        return 'value'
    finally:
        yield 'cleanup'

g = ret()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('returned', e.value)

def brk():
    for i in range(5):
        try:
            if i == 2:
                break
            yield i
        finally:
            yield 'fin %d' % i
    yield 'after loop'

print(list(brk()))

def cont():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            yield 'f%d' % i
    return 'end'

print(list(cont()))

def nested():
    try:
        try:
            return 1
        finally:
            yield 'inner'
    finally:
        yield 'outer'

g = nested()
print(list(g))

def ret_in_except():
    try:
        raise KeyError('k')
    except KeyError:
        return 'from except'
    finally:
        x = yield 'in finally'
        print('sent', x)

g = ret_in_except()
print(next(g))
try:
    g.send('S')
except StopIteration as e:
    print('stop', e.value)

def while_break():
    n = 0
    while True:
        n += 1
        try:
            if n > 2:
                break
        finally:
            yield n
    yield 'done'

print(list(while_break()))

def close_in_finally():
    try:
        return 'r'
    finally:
        try:
            yield 'one'
        except GeneratorExit:
            print('closing')
            raise

g = close_in_finally()
print(next(g))
g.close()
print('closed')

def exc_then_finally():
    try:
        1 / 0
    finally:
        yield 'cleanup before error'

g = exc_then_finally()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
