"""Low-level threading primitives (Krait's own _thread). Threads are real and run Python code one at a time
under Krait's interpreter lock; the lock type, thread start and identifiers are native (_krait_thread), the
reentrant lock, thread-local data and the exception hook are written here."""

from _krait_thread import (LockType, TIMEOUT_MAX, allocate_lock, start_new_thread, get_ident, get_native_id,
                           _count, _set_sentinel, interrupt_main)

error = RuntimeError
allocate = allocate_lock
start_new = start_new_thread


class RLock:
    """A reentrant lock: the thread holding it may take it again; others wait."""

    def __init__(self):
        self._block = allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._block.acquire(blocking, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._block._at_fork_reinit()
        self._owner = None
        self._count = 0

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at 0x%x>" % (
            "locked" if self._block.locked() else "unlocked", self._owner or 0, self._count, id(self))


_MISSING = object()


def _thread_dict(self):
    """This thread's attribute dict of a _local, made (and the subclass's __init__ run) on first use."""
    dicts, args, kwargs = object.__getattribute__(self, "_local__state")
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        d = dicts[me] = {}
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kwargs)
    return d


def _type_name(cls):
    # CPython's _local is a C type: its messages name it with its module.
    return "_thread._local" if cls is _local else cls.__name__


class _local:
    """Thread-local data: each thread sees its own attributes (a subclass's __init__ runs once per thread)."""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__state", ({get_ident(): {}}, args, kwargs))
        return self

    def __getattribute__(self, name):
        if name in ("__class__", "_local__state"):
            return object.__getattribute__(self, name)
        d = _thread_dict(self)
        if name == "__dict__":
            return d
        cls = type(self)
        attr = _MISSING
        for klass in cls.__mro__:
            if name in klass.__dict__:
                attr = klass.__dict__[name]
                break
        kind = type(attr)
        if attr is not _MISSING and hasattr(kind, "__get__") and (hasattr(kind, "__set__") or hasattr(kind, "__delete__")):
            return kind.__get__(attr, self, cls)
        if name in d:
            return d[name]
        if attr is not _MISSING:
            return kind.__get__(attr, self, cls) if hasattr(kind, "__get__") else attr
        raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(cls), name))

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _type_name(type(self)))
        for klass in type(self).__mro__:
            attr = klass.__dict__.get(name, _MISSING)
            if attr is not _MISSING:
                if hasattr(type(attr), "__set__"):
                    type(attr).__set__(attr, self, value)
                    return
                break
        _thread_dict(self)[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("'%s' object attribute '__dict__' is read-only" % _type_name(type(self)))
        d = _thread_dict(self)
        if name not in d:
            raise AttributeError("'%s' object has no attribute '%s'" % (_type_name(type(self)), name))
        del d[name]


def exit():
    """Raise SystemExit, which ends the calling thread quietly."""
    raise SystemExit


exit_thread = exit


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


class _ExceptHookArgs(tuple):
    def __new__(cls, args):
        return super().__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def _excepthook(args, /):
    import sys
    if args.exc_type == SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=sys.stderr)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=sys.stderr)
