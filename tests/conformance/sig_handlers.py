import signal
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.SIGINT, signal.SIG_DFL, signal.SIG_IGN)
got = []
def h(signum, frame):
    got.append(signum)
    print("handler", signum, frame is None or True)
old = signal.signal(signal.SIGUSR1, h)
print(old == signal.SIG_DFL)
signal.raise_signal(signal.SIGUSR1)
print("after raise", got)
signal.signal(signal.SIGINT, h)
signal.raise_signal(signal.SIGINT)
print(got)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KI")
try:
    signal.signal(signal.SIGINT, 5)
except TypeError as e:
    print(e)
try:
    signal.signal(100, h)
except ValueError as e:
    print(e)
print(signal.strsignal(signal.SIGTERM))
