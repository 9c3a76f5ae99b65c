"""The group database (Krait's own grp): the entries of /etc/group as struct_group records."""

import _krait_dbfile

struct_group = _krait_dbfile.struct_sequence(
    "grp", "struct_group", ("gr_name", "gr_passwd", "gr_gid", "gr_mem"),
    "grp.struct_group: Results from getgr*() routines.")


def _entries():
    for name, password, gid, members in _krait_dbfile.records("/etc/group", 4):
        try:
            yield struct_group((name, password, int(gid), [m for m in members.split(",") if m]))
        except ValueError:
            continue


def getgrall():
    """Return a list of all available group entries, in arbitrary order."""
    return list(_entries())


def getgrgid(id):
    """Return the group database entry for the given numeric group ID."""
    gid = _krait_dbfile.id_argument(id, "gid")
    if gid >= 0:
        for entry in _entries():
            if entry.gr_gid == gid:
                return entry
        raise KeyError("getgrgid(): gid not found: %d" % gid)
    raise KeyError("getgrgid(): gid not found")


def getgrnam(name):
    """Return the group database entry for the given group name."""
    if not isinstance(name, str):
        raise TypeError("getgrnam() argument must be str, not %s" % type(name).__name__)
    for entry in _entries():
        if entry.gr_name == name:
            return entry
    raise KeyError("getgrnam(): name not found: %r" % name)
