# socket.socketpair: send/recv, makefile in its modes, recv_into, dup, shutdown, close, context manager
import socket

a, b = socket.socketpair()
print(type(a).__name__, a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto)
print(a.send(b'hello'), b.recv(10))
a.sendall(b'x' * 100000 if False else b'abc' * 1000)
got = b''
while len(got) < 3000:
    got += b.recv(4096)
print(len(got), got[:6])

buf = bytearray(8)
a.sendall(b'12345')
n = b.recv_into(buf)
print(n, buf)
mv = memoryview(bytearray(10))
a.sendall(b'xyz')
print(b.recv_into(mv, 2), bytes(mv[:3]))
print(b.recv(10))

c = a.dup()
print(c.fileno() != a.fileno(), c.family == a.family)
c.sendall(b'from dup')
print(b.recv(20))
c.close()

w = a.makefile('wb')
w.write(b'line one\nline two\n')
w.flush()
r = b.makefile('rb')
print(r.readline(), r.readline())
w.close()
r.close()

tw = a.makefile('w', encoding='utf-8')
tw.write('caf\u00e9\nsecond\n')
tw.flush()
print(tw.mode, type(tw).__name__)
tr = b.makefile('r', encoding='utf-8')
print(repr(tr.readline()), repr(tr.readline()))
tw.close(); tr.close()

a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close()
print(a.fileno(), '[closed]' in repr(a))
try:
    a.send(b'x')
except OSError as e:
    print(type(e).__name__, e.errno, e)
b.close()
b.close()

with socket.socketpair()[0] as s:
    print(s.fileno() >= 0)
print(s.fileno())

x, y = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
x.send(b'one'); x.send(b'two')
print(y.recv(10), y.recv(10), x.type == socket.SOCK_DGRAM)
x.close(); y.close()
