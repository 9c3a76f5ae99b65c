# traceback: an exception caught, then a new one raised in the handler (both tracebacks with carets)
data = {"k": 1}
try:
    x = data["missing"] + 1
except KeyError as e:
    print("caught", e)
    y = int("nope")
