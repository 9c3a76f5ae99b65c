# subprocess: run/Popen with pipes, input, text mode, env, cwd, shell, return codes, check=True, timeouts,
# communicate, poll/wait, and the errors for missing programs and directories.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
env = {"FOO": "bar", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
r = subprocess.run("echo $FOO; exit 3", shell=True, capture_output=True, text=True, env=env)
print(r.returncode, repr(r.stdout))
os.environ["KRAIT_STD4_VAR"] = "inherited"
print(subprocess.run(["sh", "-c", "echo $KRAIT_STD4_VAR"], capture_output=True, text=True).stdout.strip())
r = subprocess.run(["cat"], input=b"piped in", capture_output=True)
print(r.stdout)
r = subprocess.run(["tr", "a-z", "A-Z"], input="text mode\nline two\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(repr(r.stdout))
for cmd in (["false"], ["sh", "-c", "exit 7"]):
    try:
        subprocess.run(cmd, check=True)
    except subprocess.CalledProcessError as e:
        print(type(e).__name__, e, e.returncode, e.cmd)
try:
    subprocess.check_call(["sh", "-c", "exit 4"])
except subprocess.CalledProcessError as e:
    print(e)
for bad in (["/nonexistent/prog"], ["nonexistent_prog_krait_std4"]):
    try:
        subprocess.run(bad)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    subprocess.run(["ls"], cwd="/nonexistent_dir_std4")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    plain = os.path.join(tmp, "not_executable")
    with open(plain, "w") as f:
        f.write("echo never\n")
    os.chmod(plain, 0o644)
    try:
        subprocess.run([plain])
    except PermissionError as e:
        print(type(e).__name__, e.errno, e.filename == plain)
    script = os.path.join(tmp, "script.sh")
    with open(script, "w") as f:
        f.write("#!/bin/sh\necho script ran \"$@\"\n")
    os.chmod(script, 0o755)
    print(subprocess.run([script, "arg"], capture_output=True, text=True).stdout)
print(subprocess.check_output(["printf", "a\\nb"]))
print(subprocess.check_output("echo $((6 * 7))", shell=True, text=True))
print(subprocess.getoutput("echo hi"), subprocess.getstatusoutput("echo no; exit 2"))
print(subprocess.call(["true"]), subprocess.call("exit 5", shell=True))

p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(), p.returncode, p.args)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("to cat\n")
print(repr(out), err, p.returncode)
p = subprocess.Popen(["sleep", "5"])
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout)
p.kill()
print(p.wait(), p.poll())
p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait())
try:
    subprocess.run(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
r = subprocess.run(["sh", "-c", "echo x; echo y >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout)
r = subprocess.run(["cat"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
print(r.stdout, r.args)
r = subprocess.run(["sh", "-c", "echo gone"], stdout=subprocess.DEVNULL)
print(r.stdout)
with subprocess.Popen(["sh", "-c", "echo 1; echo 2; echo 3"], stdout=subprocess.PIPE, text=True) as p:
    print([line.rstrip() for line in p.stdout])
print(p.returncode)
r = subprocess.run([sys.executable, "-c", "import sys; print(sys.argv[1:]); sys.exit(9)", "x y", "z"], capture_output=True, text=True)
print(r.returncode, r.stdout.strip())
