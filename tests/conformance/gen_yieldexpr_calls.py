# yield in call arguments, conditional expressions and boolean operators.
def calls():
    r = max((yield 'first'), 5, (yield 'second'))
    yield r
    s = '-'.join([(yield 'x'), (yield 'y')])
    yield s
    d = dict(a=(yield 'kw'), b=2)
    yield sorted(d.items())
    yield len((yield 'len'))

g = calls()
print(next(g), g.send(3), g.send(9))
print(next(g), g.send('p'), g.send('q'))
print(next(g), g.send(1))
print(next(g), g.send([1, 2, 3]))

def conditional(flag):
    v = (yield 'yes') if flag else (yield 'no')
    yield v
    w = 'short' if (yield 'test') else 'long'
    yield w

for flag in (True, False):
    g = conditional(flag)
    print(next(g), g.send('got'), next(g), g.send(0))

def boolean():
    a = (yield 'a1') and (yield 'a2')
    yield a
    b = (yield 'b1') or (yield 'b2')
    yield b

g = boolean()
print(next(g), g.send(0), next(g), g.send('x'))
g = boolean()
print(next(g), g.send(1), g.send(2), next(g), g.send(''), g.send('z'))

def order():
    log = []
    def f(*args):
        log.append(args)
        return len(args)
    result = f(log.append('before') or 1, (yield 'mid'), log.append('after') or 3)
    yield result, log

g = order()
print(next(g), g.send(2))

def in_if():
    if (yield 'cond') > 3:
        yield 'big'
    else:
        yield 'small'
    for x in (yield 'iter'):
        yield x * 2
    return (yield 'ret') + 1

g = in_if()
print(next(g), g.send(5))
g = in_if()
print(next(g), g.send(1), next(g), g.send([1, 2]), next(g), next(g))
try:
    g.send(41)
except StopIteration as e:
    print(type(e).__name__, e.value)

def throw_mid():
    try:
        x = 1 + (yield 'waiting')
    except ValueError as e:
        yield 'caught ' + str(e)

g = throw_mid()
print(next(g), g.throw(ValueError('boom')))

def starred():
    r = [*(yield 'a'), *(yield 'b')]
    yield r
    print(*(yield 'p'), sep=',')

g = starred()
print(next(g), g.send([1, 2]), g.send((3,)))
print(next(g)); g.send('xyz') if False else None
try:
    g.send([7, 8])
except StopIteration:
    print('done')
