# select.select and select.poll on pipes, selectors.DefaultSelector, and the os calls subprocess needs
# (pipe, dup2, inheritable/blocking flags, waitpid, kill, the wait-status macros).
import os
import select
import selectors

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
os.set_inheritable(r, True)
print(os.get_inheritable(r))
os.set_inheritable(r, False)
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
os.set_blocking(r, True)

print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"data")
print(select.select([r], [], [], 0) == ([r], [], []))
p = select.poll()
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print(sorted(p.poll(0)) == sorted([(r, select.POLLIN), (w, select.POLLOUT)]))
p.modify(w, select.POLLIN)
print(p.poll(0) == [(r, select.POLLIN)])
p.unregister(w)
try:
    p.unregister(w)
except KeyError as e:
    print(type(e).__name__, e.args[0] == w)
try:
    p.modify(w, 1)
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.read(r, 100))
print(p.poll(0))
for bad in ([-1], [object()], ["x"]):
    try:
        select.select(bad, [], [], 0)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    select.select([], [], [], -1)
except ValueError as e:
    print(type(e).__name__, e)


class Wrapped:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


wr = Wrapped(w)
ready = select.select([], [wr], [], 0)[1]
print(ready[0] is wr)

sel = selectors.DefaultSelector()
print(type(sel).__name__ in ("PollSelector", "EpollSelector"))
key = sel.register(r, selectors.EVENT_READ, data="reader")
print(key.fd == r, key.events, key.data)
print(sel.select(timeout=0))
os.write(w, b"x")
events = sel.select(timeout=1)
print([(k.data, m) for k, m in events])
print(os.read(r, 1))
sel.modify(r, selectors.EVENT_READ, data="again")
print(sel.get_key(r).data, len(sel.get_map()))
sel.unregister(r)
try:
    sel.get_key(r)
except KeyError as e:
    print(type(e).__name__)
sel.close()

fd3 = os.dup(w)
os.dup2(r, fd3)
print(os.get_inheritable(fd3))
os.close(fd3)
try:
    os.dup2(99, 98)
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(w)
print(os.read(r, 10))
os.close(r)

print(os.WNOHANG, os.WIFEXITED(256), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.WIFSTOPPED(0x137f))
print(os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9))
try:
    os.waitstatus_to_exitcode(0x7f7f)
except ValueError as e:
    print(type(e).__name__, e)
try:
    os.waitpid(os.getpid(), 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.kill(2 ** 22 + 12345, 0)
except ProcessLookupError as e:
    print(type(e).__name__, e)
os.kill(os.getpid(), 0)
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({"PATH": ""}))
print(os.getppid() > 0, os.getuid() >= 0, os.getgid() >= 0)
