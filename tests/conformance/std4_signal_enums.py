# signal.Signals / signal.Handlers (IntEnums over the SIG* numbers) and CalledProcessError's text for a child
# killed by a signal.
import signal
import subprocess

print(signal.Signals(9), repr(signal.Signals(6)), signal.Signals.SIGIO.value, signal.Handlers.SIG_IGN, signal.Signals(29).name)
print(signal.SIGKILL == signal.Signals.SIGKILL, len(signal.Signals), isinstance(signal.Signals.SIGINT, int))
print([s.name for s in signal.Signals][:5], signal.Signals.SIGRTMIN, list(signal.Handlers))
print(signal.Signals["SIGTERM"], signal.Signals.SIGCLD is signal.Signals.SIGCHLD, signal.SIGRTMAX, signal.SIGSTKFLT)
try:
    signal.Signals(100)
except ValueError as e:
    print(type(e).__name__, e)
p = subprocess.Popen(["sleep", "5"])
p.kill()
p.wait()
print(p.returncode, subprocess.CalledProcessError(p.returncode, ["sleep", "5"]))
print(subprocess.CalledProcessError(-200, "x"))
try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
