# os.statvfs / os.fstatvfs and os.statvfs_result
import os
r = os.statvfs('/')
print(type(r).__name__, len(r), r.f_bsize > 0, r.f_namemax, r[0] == r.f_bsize, r[-1] == r.f_namemax)
print(r.f_blocks >= r.f_bfree >= 0, r.f_files >= r.f_ffree, isinstance(r.f_fsid, int), isinstance(r, tuple))
print(os.statvfs(b'/').f_namemax, os.statvfs('.').f_bsize == os.fstatvfs(os.open('.', os.O_RDONLY)).f_bsize)
print(type(r).n_fields, type(r).n_sequence_fields, type(r).n_unnamed_fields)
print(os.statvfs_result((1,) * 10))
print(os.statvfs_result(range(11)).f_fsid, os.statvfs_result((1,) * 10).f_fsid)
for bad in [(1,) * 9, (1,) * 12]:
    try:
        os.statvfs_result(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ['/nonexistent/x', 1.5]:
    try:
        os.statvfs(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.fstatvfs(999)
except OSError as e:
    print(type(e).__name__, e)
print(os.ST_RDONLY, os.ST_NOSUID, os.ST_RELATIME)
import pathlib
print(os.statvfs(pathlib.Path('/')).f_bsize == r.f_bsize, bool(r.f_flag & os.ST_RDONLY))
