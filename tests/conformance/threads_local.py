# _thread._local: per-thread attributes, a subclass's __init__ run once per thread, descriptors of the class.
import threading, _thread
class L(_thread._local):
    def __init__(self, v=1):
        self.v = v
        self.inits = getattr(self, 'inits', 0) + 1
    @property
    def doubled(self): return self.v * 2
l = L(5)
out = []
def f():
    out.append((l.v, l.doubled, l.inits))
    l.v = 9
    out.append(l.v)
t = threading.Thread(target=f); t.start(); t.join()
print(out, l.v, l.doubled, sorted(l.__dict__))
try: _thread._local(1)
except TypeError as e: print(e)
x = _thread._local(); x.a = 1; del x.a
try: x.a
except AttributeError as e: print('AE', e)
print(type(threading.local()).__name__)
try: del x.a
except AttributeError as e: print('AE', e)
