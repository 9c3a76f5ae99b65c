# A thread importing a module that another thread is still executing waits for it (CPython's module locks), so
# every thread sees the finished module; lazily built names of native modules are built once.
import os, sys, tempfile, threading, time

folder = tempfile.mkdtemp()
with open(os.path.join(folder, 'slowmod.py'), 'w') as f:
    f.write("import time\nstarted = True\ntime.sleep(0.2)\nfinished = 'yes'\n")
sys.path.insert(0, folder)
seen = []
def importer():
    import slowmod
    seen.append(slowmod.finished)
ts = [threading.Thread(target=importer) for _ in range(3)]
for t in ts:
    t.start()
    time.sleep(0.02)
for t in ts: t.join()
print(seen)

paths = []
def pathlike():
    paths.append(isinstance(os.PathLike, type) and os.PathLike.__name__)
ts = [threading.Thread(target=pathlike) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(paths)
os.remove(os.path.join(folder, 'slowmod.py'))
os.rmdir(folder)
