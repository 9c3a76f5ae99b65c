import _thread
l = _thread.allocate_lock()
print(type(l).__name__, l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01))
l.release()
print(l.locked())
for f in [lambda: l.release(), lambda: l.acquire(False, 1), lambda: l.acquire(True, -5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
with l:
    print('held', l.locked())
print(l.locked())
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
print(_thread.get_ident() == _thread.get_ident(), isinstance(_thread.get_ident(), int), _thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9)
print(_thread.stack_size(), _thread._count())
loc = _thread._local()
loc.x = 3
print(loc.x)
