# pwd and grp (Krait's own, over /etc/passwd and /etc/group): lookups, records, errors
import pwd, grp
print(pwd.struct_passwd(('alice', 'x', 1000, 1000, 'Alice', '/home/alice', '/bin/sh')))
print(grp.struct_group(('staff', 'x', 50, ['alice', 'bob'])))
print(pwd.getpwuid(0).pw_name, grp.getgrgid(0).gr_name, pwd.getpwuid(0)[2:4])
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields, grp.struct_group.n_fields)
for f, a in [(pwd.getpwnam, 'nosuchx'), (pwd.getpwuid, 99999), (grp.getgrnam, 'nosuchx'), (grp.getgrgid, 99999),
             (pwd.getpwuid, 'x'), (grp.getgrgid, 'x'), (pwd.getpwnam, 1), (pwd.getpwuid, -5)]:
    try:
        f(a)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
root = pwd.getpwnam('root')
print(root == pwd.getpwuid(0), root[0], root.pw_dir, root.pw_uid, isinstance(root, tuple), len(root))
print(type(pwd.getpwall()).__name__, any(e.pw_name == 'root' for e in pwd.getpwall()))
print(grp.getgrnam('root').gr_gid, any(g.gr_gid == 0 for g in grp.getgrall()))
print(type(root).__name__, type(root).__module__)
