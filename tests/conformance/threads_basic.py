# Real threads under the interpreter lock: threading.Thread, locks, RLock, Condition, Event, Queue, thread-local
# data, a thread pool, excepthook, and the wait for non-daemon threads at exit.
import _thread, threading, time, queue, sys

results = []
lock = threading.Lock()
def work(n):
    s = 0
    for i in range(100000):
        s += i % 7
    with lock:
        results.append((n, s))
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), [t.is_alive() for t in ts])

# The threads interleave: each sees the others' progress before it is done.
seen = {}
progress = [0, 0]
def count(me):
    other_values = set()
    for i in range(200):
        progress[me] = i
        other_values.add(progress[1 - me])
        time.sleep(0.001)
    seen[me] = len(other_values) > 1
pair = [threading.Thread(target=count, args=(i,)) for i in range(2)]
for t in pair: t.start()
for t in pair: t.join()
print('interleaved', sorted(seen.items()))

q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i)
    q.put(None)
out = []
def consumer():
    while (x := q.get()) is not None:
        out.append(x * x)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
c.start(); p.start(); p.join(); c.join()
print(out)

print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
ev = threading.Event()
def waiter():
    print('event seen', ev.wait(5), threading.current_thread().name)
t = threading.Thread(target=waiter, name='W'); t.start(); ev.set(); t.join()

local = threading.local()
local.x = 'main'
def tl():
    local.x = 'thread'
    print('in thread', local.x)
t = threading.Thread(target=tl); t.start(); t.join(); print('main sees', local.x)

def hook(args):
    print('excepthook:', args.exc_type.__name__, args.exc_value, args.thread.name)
threading.excepthook = hook
def boom():
    raise ValueError('bad')
t = threading.Thread(target=boom, name='B'); t.start(); t.join()

r = threading.RLock()
with r:
    with r:
        print('rlock reentrant', r._is_owned())
def other_release():
    try: r.release()
    except RuntimeError as e: print('RuntimeError', e)
r.acquire(); t = threading.Thread(target=other_release); t.start(); t.join(); r.release()

cond = threading.Condition()
items = []
def cons():
    with cond:
        cond.wait_for(lambda: items)
        print('got', items.pop())
t = threading.Thread(target=cons); t.start()
with cond:
    items.append(42); cond.notify()
t.join()

from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x * 2, range(10))))

l = _thread.allocate_lock()
print(l.acquire(), l.acquire(False), l.acquire(True, 0.01), l.locked(), repr(l)[:22])
l.release()
for kw in [dict(timeout=-2), dict(blocking=False, timeout=1), dict(timeout=1e10)]:
    try: l.acquire(**kw)
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
try: l.release()
except RuntimeError as e: print('RuntimeError', e)
print(type(l), _thread.LockType is type(l), _thread.TIMEOUT_MAX)
done = _thread.allocate_lock(); done.acquire()
def raw(a, b=0):
    print('raw thread', a + b, _thread.get_ident() != main_ident)
    done.release()
main_ident = _thread.get_ident()
_thread.start_new_thread(raw, (1,), {'b': 2}); done.acquire()
for bad in [(1, ()), (raw, [1]), (raw, (), 5)]:
    try: _thread.start_new_thread(*bad)
    except TypeError as e: print('TypeError', e)

def daemon():
    while True: time.sleep(0.01)
threading.Thread(target=daemon, daemon=True).start()
def late():
    time.sleep(0.1); print('late thread done')
threading.Thread(target=late).start()
print('main done')
