# UDP: sendto/recvfrom, recvfrom_into, connect on a datagram socket
import socket

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as r, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    r.bind(('127.0.0.1', 0))
    s.bind(('127.0.0.1', 0))
    print(r.type, s.type == socket.SOCK_DGRAM)
    print(s.sendto(b'datagram one', r.getsockname()))
    data, frm = r.recvfrom(100)
    print(data, frm == s.getsockname())
    s.sendto(b'two', 0, r.getsockname())
    buf = bytearray(10)
    n, frm = r.recvfrom_into(buf)
    print(n, buf[:n], frm == s.getsockname())
    s.connect(r.getsockname())
    s.send(b'connected')
    print(r.recv(100))
    r.settimeout(0.05)
    try:
        r.recvfrom(10)
    except TimeoutError as e:
        print(type(e).__name__, e)
    s.sendto(b'x' * 10, r.getsockname())
    print(r.recv(4))
    try:
        r.sendto('text', s.getsockname())
    except TypeError as e:
        print(type(e).__name__, e)
