# krait: no-cpython-lib
# PEP 678 notes in the interpreter's own report of an uncaught exception, and with_traceback.
import traceback

e = ValueError('with notes')
print(e.with_traceback(None) is e)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
e.add_note('line one')
e.add_note('two\nlines')
print(e.__notes__)
print(''.join(traceback.format_exception_only(e)), end='')
def fail():
    raise e
fail()
