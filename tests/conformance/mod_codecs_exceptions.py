e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'bad')
print(repr(e), str(e), e.args, e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeDecodeError('utf-8', bytearray(b'ab'), 0, 2, 'two')
print(str(e), type(e.object).__name__)
e = UnicodeEncodeError('ascii', 'h\xe9\u1234\U0001F600', 1, 2, 'nope')
print(str(e), ascii(e.object), e.start, e.end)
e.start = 2
print(str(e))
e.end = 3
print(str(e))
e.start = 3
e.end = 4
print(str(e))
e.reason = 'changed'
print(str(e), e.args)
t = UnicodeTranslateError('abc', 0, 1, 'x')
print(str(t), t.args, t.object, t.start, t.end, t.reason)
print(str(UnicodeTranslateError('\u20acb', 0, 2, 'y')))
for args in [(), ('a',), ('utf-8', 'str', 0, 1, 'r'), (1, b'x', 0, 1, 'r'), ('utf-8', b'x', 'a', 1, 'r'), ('utf-8', b'x', 0, 1, 5)]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as ex:
        print('TypeError', ex)
try:
    UnicodeEncodeError('a', b'x', 0, 1, 'r')
except TypeError as ex:
    print('TypeError', ex)

class MyError(UnicodeDecodeError):
    pass

m = MyError('latin-1', b'\xff', 0, 1, 'mine')
print(str(m), isinstance(m, ValueError), m.start)
try:
    raise UnicodeDecodeError('utf-8', b'x\x80', 1, 2, 'invalid start byte')
except UnicodeError as ex:
    print(type(ex).__name__, ex)
try:
    b'\xc3'.decode()
except ValueError as ex:
    print(type(ex).__name__, ex, ex.start, ex.end, ex.reason)
try:
    '\ud800'.encode()
except ValueError as ex:
    print(type(ex).__name__, ex, ex.start, ex.end, ex.reason)
