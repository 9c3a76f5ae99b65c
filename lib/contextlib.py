"""Utilities for with-statement context managers (Krait's own contextlib).

Krait does not run async code yet, so the async helpers (asynccontextmanager, AsyncExitStack, aclosing) are
absent; AbstractAsyncContextManager exists for isinstance checks and typing's alias only.
"""

import abc
import os
import sys
from collections import deque
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager", "AbstractAsyncContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr", "suppress", "chdir"]

_GenericAlias = type(list[int])
_NOTHING = object()  # what next(gen, _NOTHING) gives for an exhausted generator


def _defines_all(C, names):
    """Whether each name is found along C's MRO and the class defining it does not set it to None."""
    for name in names:
        for klass in C.__mro__:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """An ABC for classes with __enter__ and __exit__; __enter__ returns self by default."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _defines_all(C, ("__enter__", "__exit__"))


class AbstractAsyncContextManager(abc.ABC):
    """The ABC of async context managers (for isinstance checks: Krait cannot await yet)."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __aenter__(self):
        raise NotImplementedError("Krait does not support async functions yet")

    @abc.abstractmethod
    def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _defines_all(C, ("__aenter__", "__aexit__"))


class ContextDecorator(object):
    """A base class that lets a context manager decorate a function: each call runs inside it."""

    def _recreate_cm(self):
        # One-shot managers (those of @contextmanager) hand out a fresh copy per call.
        return self

    def __call__(self, func):
        def run_inside(*args, **kwds):
            manager = self._recreate_cm()
            with manager:
                return func(*args, **kwds)
        return wraps(func)(run_inside)


def _swallows(thrown, raised, traceback):
    """After gen.throw(thrown) raised `raised`: True when that only reports `thrown` coming back out of the
    generator (so __exit__ lets the original propagate); False when `raised` is a new error to raise."""
    if raised is thrown:
        raised.__traceback__ = traceback
        return True
    # PEP 479 turned a StopIteration thrown in into RuntimeError: that too is the original coming back.
    if isinstance(raised, RuntimeError) and isinstance(thrown, StopIteration) and raised.__cause__ is thrown:
        thrown.__traceback__ = traceback
        return True
    return False


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager decorator."""
    # (that docstring is what an instance shows when the generator function has none, as in CPython)
    # Runs the generator up to its yield on enter; resumes it, or throws the exception into it, on exit.

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        # Once entered, this object cannot be recreated for a decorator any more.
        del self.args, self.kwds, self.func
        first = next(self.gen, _NOTHING)
        if first is _NOTHING:
            raise RuntimeError("generator didn't yield") from None
        return first

    def __exit__(self, typ, value, traceback):
        if typ is not None:
            return self._throw_in(typ, value, traceback)
        if next(self.gen, _NOTHING) is _NOTHING:
            return False
        raise RuntimeError("generator didn't stop")

    def _throw_in(self, typ, value, traceback):
        if value is None:
            # The with statement may pass only a type (an old-style caller).
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as stopped:
            # The generator finished: the exception was handled inside, unless it was this very StopIteration.
            return stopped is not value
        except BaseException as raised:
            if _swallows(value, raised, traceback):
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Turns a generator function that yields once into a factory of context managers."""
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return wraps(func)(make_manager)


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __exit__(self, *exc_info):
        closer = self.thing.close
        closer()

    def __enter__(self):
        return self.thing


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `with nullcontext(x) as y` binds x."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, *excinfo):
        return None

    def __enter__(self):
        return self.enter_result


class _RedirectStream(AbstractContextManager):
    _stream = None  # the name of the sys attribute, set by the subclasses

    def __init__(self, new_target):
        self._replacement = new_target
        # a stack, so one object can be entered again while inside itself
        self._saved = []

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._replacement)
        return self._replacement

    def __exit__(self, exctype, excinst, exctb):
        previous = self._saved.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    """Points sys.stdout at another file-like object for the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Points sys.stderr at another file-like object for the block."""
    _stream = "stderr"


class suppress(AbstractContextManager):
    """Silences the given exception types (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._silenced = exceptions

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._silenced)

    def __enter__(self):
        return None


def _relink_context(raised, previous, outer):
    """Makes `previous` (the exception the stack was unwinding with) the __context__ at the end of the chain of
    `raised`, as if the callbacks had been nested with statements; `outer` is the exception being handled
    around the whole stack, where the walk stops."""
    node = raised
    while True:
        ctx = node.__context__
        if ctx is None or ctx is previous:
            return
        if ctx is outer:
            break
        node = ctx
    node.__context__ = previous


class ExitStack(AbstractContextManager):
    """Runs a dynamic set of exit callbacks, newest first, as nested with statements would."""

    def __init__(self):
        self._exit_callbacks = deque()

    def __enter__(self):
        return self

    def pop_all(self):
        """Moves every callback to a new stack of the same type and returns it."""
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return moved

    def _add(self, callback):
        self._exit_callbacks.append((True, callback))

    def push(self, exit):
        """Adds a context manager's __exit__ (without entering it), or any callable taking the exit
        arguments; returns its argument, so it works as a decorator."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._add(exit)
        else:
            self._add(exit_method.__get__(exit, type(exit)))
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            leave = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._add(leave.__get__(cm, cls))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on exit (it cannot suppress exceptions)."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._add(_exit_wrapper)
        return callback

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        had_exception = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        failed = False
        current = exc_details
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                if cb(*current):
                    suppressed = True
                    failed = False
                    current = (None, None, None)
            except BaseException as raised:
                _relink_context(raised, current[1], outer)
                failed = True
                current = (type(raised), raised, raised.__traceback__)
        if failed:
            error = current[1]
            # Raising sets __context__ to the exception being handled here; keep the chain built above.
            chain = error.__context__
            try:
                raise error
            except BaseException:
                error.__context__ = chain
                raise
        return had_exception and suppressed


class chdir(AbstractContextManager):
    """Changes the working directory for the block (process-wide, so not thread-safe)."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __exit__(self, *excinfo):
        os.chdir(self._previous.pop())

    def __enter__(self):
        here = os.getcwd()
        os.chdir(self.path)
        self._previous.append(here)
