# krait: no-cpython-lib -- socket without CPython's Lib folder (Krait's own socket.py over _socket)
import socket, select

a, b = socket.socketpair()
print(type(a).__name__, a.family, a.type, repr(a.family), repr(a.type))
a.sendall(b'hello')
print(b.recv(10))
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen()
port = srv.getsockname()[1]
c = socket.create_connection(('127.0.0.1', port))
conn, addr = srv.accept()
print(type(conn).__name__, addr == c.getsockname(), conn.family, conn.type)
f = conn.makefile('rwb')
c.sendall(b'one\ntwo\n')
print(f.readline(), f.readline())
f.write(b'reply\n')
f.flush()
print(c.recv(100))
t = c.makefile('r', encoding='utf-8')
conn.sendall('caf\u00e9\n'.encode())
print(repr(t.readline()), t.mode)
print(select.select([c], [], [], 0))
c.settimeout(0.05)
try:
    c.recv(1)
except socket.timeout as e:
    print(type(e).__name__, e)
f.close(); t.close()
with conn, c, srv:
    pass
print(c.fileno(), conn.fileno(), srv.fileno(), '[closed]' in repr(c))
try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
print(socket.getaddrinfo('localhost', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.inet_aton('1.2.3.4'), socket.htons(80), socket.gethostbyname('localhost'))
with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
    u.bind(('127.0.0.1', 0))
    u.sendto(b'self', u.getsockname())
    print(u.recvfrom(10)[0])
a.close(); b.close()
