# traceback: no carets when the failing call is the whole statement
def fail():
    raise RuntimeError("whole line")
fail()
