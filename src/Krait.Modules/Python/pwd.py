"""The password database (Krait's own pwd): the entries of /etc/passwd as struct_passwd records."""

import _krait_dbfile

struct_passwd = _krait_dbfile.struct_sequence(
    "pwd", "struct_passwd", ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"),
    "pwd.struct_passwd: Results from getpw*() routines.")


def _entries():
    for name, password, uid, gid, gecos, home, shell in _krait_dbfile.records("/etc/passwd", 7):
        try:
            yield struct_passwd((name, password, int(uid), int(gid), gecos, home, shell))
        except ValueError:
            continue


def getpwall():
    """Return a list of all available password database entries, in arbitrary order."""
    return list(_entries())


def getpwuid(uid, /):
    """Return the password database entry for the given numeric user ID."""
    uid = _krait_dbfile.id_argument(uid, "uid")
    if uid >= 0:
        for entry in _entries():
            if entry.pw_uid == uid:
                return entry
        raise KeyError("getpwuid(): uid not found: %d" % uid)
    raise KeyError("getpwuid(): uid not found")


def getpwnam(name, /):
    """Return the password database entry for the given user name."""
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s" % type(name).__name__)
    for entry in _entries():
        if entry.pw_name == name:
            return entry
    raise KeyError("getpwnam(): name not found: %r" % name)
