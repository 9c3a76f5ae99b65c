# TCP over 127.0.0.1: bind port 0, listen, connect, accept, sendall/recv, makefile('rwb'), select, selectors,
# getsockname/getpeername, SO_REUSEADDR, timeouts, non-blocking sockets, refused connections
import socket, select, selectors

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, 0 < port < 65536, srv.family, srv.type)

cli = socket.create_connection(('127.0.0.1', port), timeout=5)
conn, addr = srv.accept()
print(addr[0], addr == cli.getsockname(), cli.getpeername() == (host, port), conn.getsockname() == (host, port))
print(conn.gettimeout(), cli.gettimeout(), conn.getblocking())

cli.sendall(b'ping')
print(conn.recv(100))
conn.sendall(b'pong' * 3)
print(cli.recv(100))

f = conn.makefile('rwb')
cli.sendall(b'GET / HTTP/1.0\r\nHost: x\r\n\r\n')
print(f.readline(), f.readline(), f.readline())
f.write(b'HTTP/1.0 200 OK\r\n\r\nbody')
f.flush()
print(cli.recv(100))

print(select.select([cli], [], [], 0)[0] == [])
print(select.select([], [cli], [], 0)[1] == [cli])
sel = selectors.DefaultSelector()
sel.register(cli, selectors.EVENT_READ, 'client')
print(sel.select(0))
conn.sendall(b'!')
print([(key.data, key.fileobj is cli, ev) for key, ev in sel.select(2)])
print(cli.recv(1))
sel.unregister(cli)
sel.close()

cli.settimeout(0.05)
print(cli.gettimeout(), cli.timeout)
try:
    cli.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, e.args, isinstance(e, OSError))

cli.setblocking(False)
print(cli.gettimeout(), cli.getblocking())
try:
    cli.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e)
cli.setblocking(True)
print(cli.gettimeout(), cli.getblocking())

srv.settimeout(0.05)
try:
    srv.accept()
except TimeoutError as e:
    print('accept', type(e).__name__, e)

conn.shutdown(socket.SHUT_WR)
print(cli.recv(10))
f.close()
conn.close()
cli.close()
srv.close()
print(srv.fileno(), repr(srv))

try:
    socket.create_connection(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
s = socket.socket()
print(s.connect_ex(('127.0.0.1', port)))
s.close()

with socket.create_server(('127.0.0.1', 0)) as server:
    p = server.getsockname()[1]
    with socket.socket() as c:
        c.connect(('localhost', p))
        other, _ = server.accept()
        with other:
            c.sendall(b'via create_server')
            print(other.recv(100))
print(server.fileno())
