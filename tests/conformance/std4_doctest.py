# doctest.testmod on this module: passing and failing examples, exceptions, ELLIPSIS and NORMALIZE_WHITESPACE,
# and the report CPython prints.
import doctest


def add(a, b):
    """Adds two numbers.

    >>> add(1, 2)
    3
    >>> add("a", "b")
    'ab'
    >>> add(1, 1)
    3
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    """
    return a + b


def divide(a, b):
    """
    >>> divide(6, 3)
    2.0
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ValueError: wrong
    >>> x = divide(9, 3)
    >>> x
    3.0
    >>> print(x, x * 2)
    3.0 6.0
    """
    return a / b


class Box:
    """A box.

    >>> b = Box(5)
    >>> b.value
    5
    >>> b.double()  # doctest: +ELLIPSIS
    Box(1...)
    >>> list(range(20))  # doctest: +NORMALIZE_WHITESPACE
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
     10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    >>> None
    >>> for i in range(2):
    ...     i
    0
    1
    """

    def __init__(self, value):
        self.value = value

    def double(self):
        """
        >>> Box(2).double().value
        4
        >>> Box(3).double().value
        7
        """
        return Box(self.value * 2)

    def __repr__(self):
        return "Box(%d)" % self.value


def undocumented():
    return 1


if __name__ == "__main__":
    import contextlib, io, os
    # Reports name this file: print its folder as {DIR}, the same wherever the repo is.
    here = os.path.dirname(os.path.abspath(__file__))
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        result = doctest.testmod()
        print(result)
        print(result.failed, result.attempted)
        quiet = doctest.testmod(report=False, optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
        print(quiet)
        globs = {"y": 10}
        test = doctest.DocTestParser().get_doctest(">>> y + 1\n11\n>>> y * 2\n21\n", globs, "inline", "inline.txt", 0)
        runner = doctest.DocTestRunner(verbose=False)
        runner.run(test)
        print(runner.summarize(verbose=False))
        print(len(doctest.DocTestParser().get_examples(">>> 1\n1\n>>> 2\n2\n")))
    print(captured.getvalue().replace(here, "{DIR}"), end="")
