# except*: matching parts of groups, naked exceptions wrapped, unhandled rest re-raised
def run(exc, label):
    print("--", label)
    try:
        try:
            raise exc
        except* ValueError as e:
            print("ValueError part:", repr(e))
        except* TypeError as e:
            print("TypeError part:", repr(e))
    except BaseException as outer:
        print("escaped:", repr(outer))
    else:
        print("all handled")

run(ExceptionGroup("eg", [ValueError(1), TypeError(2)]), "both")
run(ExceptionGroup("eg", [ValueError(1), KeyError(3)]), "partial")
run(ValueError("naked"), "naked")
run(KeyError("naked key"), "naked unmatched")
run(ExceptionGroup("eg", [ExceptionGroup("inner", [ValueError(1), KeyError(2)]), TypeError(3)]), "nested")

def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple clause:", repr(e))
    except* KeyError:
        print("key error clause")
tuple_clause()

def raise_in_handler():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise IndexError("new")
    except ExceptionGroup as e:
        print("combined:", repr(e))
        print("context of new:", repr(e.exceptions[0].__context__))
raise_in_handler()

def reraise():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
    except ExceptionGroup as e:
        print("reraised keeps structure:", repr(e))
reraise()

def else_finally():
    try:
        pass
    except* ValueError:
        print("not reached")
    else:
        print("else runs")
    finally:
        print("finally runs")
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        print("handled")
    finally:
        print("finally after handled")
else_finally()

def bad_type():
    try:
        try:
            raise ValueError(1)
        except* ExceptionGroup:
            pass
    except TypeError as e:
        print(e)
    try:
        try:
            raise ValueError(1)
        except* int:
            pass
    except TypeError as e:
        print(e)
bad_type()

import sys
def exc_info_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("exc_info:", repr(sys.exc_info()[1]))
    print("after:", sys.exc_info())
exc_info_in_clause()
