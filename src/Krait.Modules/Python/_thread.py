"""Low-level threading primitives (Krait's own _thread). Krait runs Python code on one thread: locks work as
they do when uncontended, and starting a new thread raises RuntimeError."""

import os as _os

error = RuntimeError
TIMEOUT_MAX = 9223372036.0
_MAIN_IDENT = 1
_sentinels = []


def get_ident():
    """Return a non-zero integer that uniquely identifies the current thread."""
    return _MAIN_IDENT


def get_native_id():
    """Return the native integral Thread ID of the current thread."""
    return _os.getpid()


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


class LockType:
    """A lock object is a synchronization primitive."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if self._locked:
            # No other thread can release it: waiting would never end.
            if not blocking or timeout != -1:
                return False
            raise RuntimeError("deadlock: acquiring a lock this thread already holds")
        self._locked = True
        return True

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s _thread.lock object at 0x%x>" % ("locked" if self._locked else "unlocked", id(self))


LockType.__name__ = "lock"
LockType.__qualname__ = "lock"


class RLock:
    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def _recursion_count(self):
        return self._count

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        return count, _MAIN_IDENT

    def _acquire_restore(self, state):
        self._count = state[0]

    def _at_fork_reinit(self):
        self._count = 0

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at 0x%x>" % (
            "locked" if self._count else "unlocked", _MAIN_IDENT if self._count else 0, self._count, id(self))


def allocate_lock():
    """Create a new lock object."""
    return LockType()


allocate = allocate_lock


def start_new_thread(function, args, kwargs=None):
    """Start a new thread (not available: Krait runs Python code on one thread)."""
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    import signal
    signal.raise_signal(signum) if hasattr(signal, "raise_signal") else None


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def _count():
    return 0


def _set_sentinel():
    lock = LockType()
    _sentinels.append(lock)
    return lock


class _local:
    """Thread-local data (one thread, so plain attributes)."""
    pass


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
