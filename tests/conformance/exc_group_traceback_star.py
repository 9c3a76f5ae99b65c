# traceback of what escapes except*: the unhandled part keeps the original group's traceback
def work():
    raise ExceptionGroup("jobs", [ValueError("job 1"), KeyError("job 2"), ValueError("job 3")])
try:
    work()
except* ValueError as e:
    print("handled", len(e.exceptions))
