"""Krait's own socket module, used only when no CPython library folder is present (with one, CPython's
socket.py runs over the same native _socket). It wraps _socket.socket in a class that adds context
management, makefile(), accept() returning socket objects, and the helpers programs use most:
create_connection, create_server, socketpair, fromfd, getfqdn. Family and kind values are small int
subclasses that print like CPython's enum members (the enum module lives in CPython's library)."""

import _socket
import os as _os
import io as _io
from _socket import *

error = OSError
timeout = TimeoutError
herror = _socket.herror
gaierror = _socket.gaierror

_EBADF = 9
_EAGAIN = 11


class _NamedInt(int):
    """An int that remembers its constant's name (the part of CPython's IntEnum members that shows)."""
    _members = None

    def __new__(cls, value, name=None):
        if name is None:
            found = cls._members.get(value) if cls._members else None
            if found is None:
                raise ValueError("%r is not a valid %s" % (value, cls.__name__))
            return found
        obj = int.__new__(cls, value)
        obj._name_ = name
        return obj

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return "<%s.%s: %d>" % (type(self).__name__, self._name_, int(self))

    __str__ = int.__repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    def __reduce_ex__(self, proto):
        return type(self), (int(self),)


def _named_group(class_name, prefix, skip=()):
    cls = type(class_name, (_NamedInt,), {"__module__": __name__})
    cls._members = {}
    globs = globals()
    for const in sorted(dir(_socket)):
        if not const.startswith(prefix) or const in skip or not const.replace("_", "").isalnum():
            continue
        value = getattr(_socket, const)
        if not isinstance(value, int):
            continue
        member = cls(value, const)
        # The first name of a value is its canonical one; later aliases share that member.
        member = cls._members.setdefault(value, member)
        setattr(cls, const, member)
        globs[const] = member
    return cls


AddressFamily = _named_group("AddressFamily", "AF_")
SocketKind = _named_group("SocketKind", "SOCK_", skip=("SOCK_NONBLOCK", "SOCK_CLOEXEC"))
MsgFlag = _named_group("MsgFlag", "MSG_")
AddressInfo = _named_group("AddressInfo", "AI_")


def _as(kind, value):
    try:
        return kind(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A network socket: _socket.socket plus context management, makefile() and friends."""

    __slots__ = ("_closed", "_open_files", "__weakref__")

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        # _socket.socket picks AF_INET, SOCK_STREAM and protocol 0 for the -1 defaults of a new socket.
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._open_files = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        text = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            type(self).__module__, type(self).__qualname__, " [closed]" if closed else "",
            self.fileno(), int(self.family), int(self.type), self.proto)
        if not closed:
            for label, getter in (("laddr", self.getsockname), ("raddr", self.getpeername)):
                try:
                    where = getter()
                except OSError:
                    continue
                if where:
                    text += ", %s=%s" % (label, where)
        return text + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    @property
    def family(self):
        return _as(AddressFamily, super().family)

    @property
    def type(self):
        return _as(SocketKind, super().type)

    def dup(self):
        fd = _socket.dup(self.fileno())
        copy = type(self)(self.family, self.type, self.proto, fileno=fd)
        copy.settimeout(self.gettimeout())
        return copy

    def accept(self):
        fd, address = self._accept()
        conn = socket(self.family, self.type, self.proto, fileno=fd)
        # A listening socket with a timeout gives blocking connections, as CPython does.
        if getdefaulttimeout() is None and self.gettimeout():
            conn.setblocking(True)
        return conn, address

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        letters = set(mode)
        if letters - {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        rw = ("r" if "r" in letters or "w" not in letters else "") + ("w" if "w" in letters else "")
        raw = SocketIO(self, rw)
        self._open_files += 1
        size = _io.DEFAULT_BUFFER_SIZE if buffering is None or buffering < 0 else buffering
        binary = "b" in letters
        if size == 0:
            if binary:
                return raw
            raise ValueError("unbuffered streams must be binary")
        wrapper = {"r": _io.BufferedReader, "w": _io.BufferedWriter}.get(rw)
        stream = wrapper(raw, size) if wrapper else _io.BufferedRWPair(raw, raw, size)
        if binary:
            return stream
        text = _io.TextIOWrapper(stream, _io.text_encoding(encoding), errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        if "b" not in getattr(file, "mode", "b"):
            raise ValueError("file should be opened in binary mode")
        if offset:
            file.seek(offset)
        total = 0
        while count is None or total < count:
            want = 8192 if count is None else min(8192, count - total)
            chunk = file.read(want)
            if not chunk:
                break
            self.sendall(chunk)
            total += len(chunk)
        if total and hasattr(file, "seek"):
            file.seek(offset + total)
        return total

    def _file_closed(self):
        # A makefile() stream was closed; the descriptor goes once the socket and all its streams are closed.
        self._open_files = max(0, self._open_files - 1)
        if self._closed:
            self.close()

    def _real_close(self):
        _socket.socket.close(self)

    def close(self):
        self._closed = True
        if not self._open_files:
            self._real_close()

    def detach(self):
        self._closed = True
        return super().detach()

    def get_inheritable(self):
        return _os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        _os.set_inheritable(self.fileno(), inheritable)


SocketType = _socket.socket


class SocketIO(_io.RawIOBase):
    """A raw stream over a socket: what makefile() buffers."""

    def __init__(self, sock, mode):
        if mode.replace("b", "") not in ("r", "w", "rw") or mode.count("b") > 1:
            raise ValueError("invalid mode: %r" % mode)
        _io.RawIOBase.__init__(self)
        self._sock = sock
        self._mode = mode if mode.endswith("b") else mode + "b"
        self._timed_out = False

    def _has(self, letter):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return letter in self._mode

    def readinto(self, b):
        self._checkClosed()
        self._checkReadable()
        # After a timeout part of a message may have been consumed: reading on could return garbage.
        if self._timed_out:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except TimeoutError:
            self._timed_out = True
            raise
        except OSError as e:
            if e.errno == _EAGAIN:
                return None
            raise

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except OSError as e:
            if e.errno == _EAGAIN:
                return None
            raise

    def readable(self):
        return self._has("r")

    def writable(self):
        return self._has("w")

    def seekable(self):
        return self._has("s")

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        return self.fileno() if not self.closed else -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        _io.RawIOBase.close(self)
        self._sock._file_closed()
        self._sock = None


def fromfd(fd, family, type, proto=0):
    return socket(family, type, proto, _socket.dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    if family is None:
        family = AF_UNIX
    left, right = _socket.socketpair(family, type, proto)
    return (socket(family, type, proto, left.detach()),
            socket(family, type, proto, right.detach()))


_GLOBAL_DEFAULT_TIMEOUT = object()


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    answers = []
    for fam, kind, pr, canon, addr in _socket.getaddrinfo(host, port, family, type, proto, flags):
        answers.append((_as(AddressFamily, fam), _as(SocketKind, kind), pr, canon, addr))
    return answers


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    host, port = address
    failures = []
    for family, kind, proto, _canon, target in getaddrinfo(host, port, 0, SOCK_STREAM):
        try:
            sock = socket(family, kind, proto)
        except OSError as exc:
            failures.append(exc)
            continue
        try:
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            source_address and sock.bind(source_address)
            sock.connect(target)
        except OSError as exc:
            failures.append(exc)
            sock.close()
        else:
            return sock
    if not failures:
        raise OSError("getaddrinfo returns an empty list")
    if all_errors:
        raise ExceptionGroup("create_connection failed", failures)
    raise failures[0]


def has_dualstack_ipv6():
    try:
        with socket(AF_INET6, SOCK_STREAM) as probe:
            probe.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except OSError:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    if reuse_port and not hasattr(_socket, "SO_REUSEPORT"):
        raise ValueError("SO_REUSEPORT not supported on this platform")
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            sock.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            sock.bind(address)
        except OSError as exc:
            raise OSError(exc.errno, "%s (while attempting to bind on address %r)" % (exc.strerror, address)) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def getfqdn(name=""):
    name = name.strip()
    if not name or name == "0.0.0.0":
        name = gethostname()
    try:
        host, aliases, _addrs = gethostbyaddr(name)
    except OSError:
        return name
    for candidate in [host] + aliases:
        if "." in candidate:
            return candidate
    return host
