# subprocess options: umask, pass_fds, close_fds, start_new_session, process_group, user/group/extra_groups
# (the current ones), preexec_fn=os.setsid/os.setpgrp; os.getpgid/setsid/getgroups
import subprocess, os, sys, tempfile
# umask: the child's umask, the parent's unchanged
old = os.umask(0o022); os.umask(old)
print(subprocess.run(['sh', '-c', 'umask'], umask=0o077, capture_output=True, text=True).stdout.strip())
now = os.umask(0o022); os.umask(now)
print(now == old)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f')
    subprocess.run(['sh', '-c', 'touch "$0"', p], umask=0o027)
    print(oct(os.stat(p).st_mode & 0o777))
# pass_fds: an fd the child can write to
r, w = os.pipe()
print(os.get_inheritable(w))
subprocess.run(['sh', '-c', 'echo passed > /proc/self/fd/%d' % w], pass_fds=(w,))
os.close(w)
print(os.read(r, 100))
os.close(r)
# without pass_fds the non-inheritable fd is closed in the child
r, w = os.pipe()
res = subprocess.run(['sh', '-c', 'test -e /proc/self/fd/%d && echo open || echo closed' % w], capture_output=True, text=True)
print(res.stdout)
os.close(w); os.close(r)
# close_fds=True closes inheritable fds; close_fds=False keeps them
r, w = os.pipe()
os.set_inheritable(w, True)
res = subprocess.run(['sh', '-c', 'test -e /proc/self/fd/%d && echo open || echo closed' % w], capture_output=True, text=True)
print(res.stdout)
subprocess.run(['sh', '-c', 'echo kept > /proc/self/fd/%d' % w], close_fds=False)
os.close(w)
print(os.read(r, 100))
os.close(r)
# start_new_session / process_group
def ids(**kw):
    # pid, process group and session of the child shell, from /proc (fields 1, 5 and 6)
    child = subprocess.Popen(['sh', '-c', 'cat /proc/$$/stat'], stdout=subprocess.PIPE, text=True, **kw)
    fields = child.communicate()[0].split()
    return child.pid, int(fields[0]), int(fields[4]), int(fields[5])
popen_pid, pid, pgid, sid = ids(start_new_session=True)
print(popen_pid == pid == pgid == sid, sid != os.getsid(0))
popen_pid, pid, pgid, sid = ids(process_group=0)
print(pid == pgid, pgid != os.getpgid(0), sid == os.getsid(0))
popen_pid, pid, pgid, sid = ids()
print(pgid == os.getpgid(0), sid == os.getsid(0))
# user/group equal to the current ones
print(subprocess.run(['id', '-u'], user=os.getuid(), group=os.getgid(), capture_output=True, text=True).stdout.strip() == str(os.getuid()))
print(subprocess.run(['true'], extra_groups=os.getgroups()).returncode)
# preexec_fn=os.setsid is start_new_session
popen_pid, pid, pgid, sid = ids(preexec_fn=os.setsid)
print(pid == sid)
popen_pid, pid, pgid, sid = ids(preexec_fn=os.setpgrp)
print(pid == pgid, sid == os.getsid(0))
try:
    subprocess.run(['true'], pass_fds=(-1,))
except ValueError as e:
    print(type(e).__name__, e)
