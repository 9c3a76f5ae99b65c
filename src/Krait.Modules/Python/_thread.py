"""Low-level threading primitives (Krait's own _thread). Threads are real and run Python code one at a time
under Krait's interpreter lock; the lock type, thread start and identifiers are native (_krait_thread), the
reentrant lock and the exception hook are written here."""

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
