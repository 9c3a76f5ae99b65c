# socket module functions: gethostname, getaddrinfo, inet_*, byte order, errors with CPython's messages
import socket, os

print(socket.gethostname() == os.uname().nodename)
for info in socket.getaddrinfo('localhost', 80, socket.AF_INET):
    print(info)
print(socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_DGRAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('::1', 443, socket.AF_INET6, socket.SOCK_STREAM))
try:
    socket.getaddrinfo('nonexistent.invalid', 80)
except socket.gaierror as e:
    print(type(e).__name__, e.errno, e, isinstance(e, OSError))
print(socket.gethostbyname('localhost'), socket.gethostbyname('127.0.0.1'))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getservbyname('http', 'tcp'), socket.getservbyport(443, 'tcp'), socket.getprotobyname('udp'))

print(socket.inet_aton('192.168.1.2'), socket.inet_aton('127.1'), socket.inet_ntoa(b'\x0a\x00\x00\x01'))
print(socket.inet_pton(socket.AF_INET, '10.1.2.3'), socket.inet_pton(socket.AF_INET6, '::1'))
print(socket.inet_ntop(socket.AF_INET6, bytes(range(16))), socket.inet_ntop(socket.AF_INET, b'\x01\x02\x03\x04'))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304))
for f, arg in [(socket.htons, -1), (socket.htons, 70000), (socket.htonl, -1), (socket.htonl, 1 << 33),
               (socket.inet_aton, '1.2.3.x'), (socket.inet_ntoa, b'12'), (socket.ntohs, 'x')]:
    try:
        print(f(arg))
    except (OSError, OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
for af, text in [(socket.AF_INET, '::1'), (socket.AF_INET6, 'x::y::z')]:
    try:
        socket.inet_pton(af, text)
    except OSError as e:
        print(type(e).__name__, e)
try:
    socket.inet_ntop(socket.AF_INET, b'123')
except ValueError as e:
    print(type(e).__name__, e)

print(socket.AF_INET, socket.SOCK_STREAM, repr(socket.AF_INET), repr(socket.SOCK_DGRAM))
print(int(socket.AF_INET6), socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR, socket.SOMAXCONN, socket.has_ipv6)
print(socket.timeout is TimeoutError, socket.error is OSError, socket.herror.__mro__[1].__name__)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout(), socket.getdefaulttimeout())
s.close()
socket.setdefaulttimeout(None)

s = socket.socket()
for bad in ['x', ('127.0.0.1',), ('127.0.0.1', '80'), (1, 2), ('127.0.0.1', 70000)]:
    try:
        s.bind(bad)
    except (TypeError, OverflowError, OSError) as e:
        print(type(e).__name__, e)
for v in ['x', -1, float('nan')]:
    try:
        s.settimeout(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for args in [(-1,), ('x',)]:
    try:
        s.recv(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    s.getpeername()
except OSError as e:
    print(type(e).__name__, e.errno, e)
print(s.getsockname(), s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4))
try:
    s.send('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.send(b'x')
except OSError as e:
    print(type(e).__name__, e)
s.close()
try:
    socket.socket(fileno=-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    socket.socket(99)
except OSError as e:
    print(type(e).__name__, e)
