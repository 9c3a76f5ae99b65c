"""Source lines of files by name, cached (Krait's own linecache, for traceback and warnings)."""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line lineno (from 1) of the file, with its newline; '' when there is no such line."""
    lines = getlines(filename, module_globals)
    return lines[lineno - 1] if 0 < lineno <= len(lines) else ''


def getlines(filename, module_globals=None):
    """All lines of the file (read once and cached); [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) == 4:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        # Reading a huge file failed: drop everything cached so far rather than fail the caller.
        cache.clear()
        return []


def checkcache(filename=None):
    """Drops cache entries whose files changed on disk since they were read."""
    names = list(cache) if filename is None else [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def updatecache(filename, module_globals=None):
    """Reads the file into the cache; its lines, or [] when it cannot be read."""
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, 'r', encoding='utf-8', errors='replace') as fp:
            lines = fp.readlines()
    except OSError:
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Krait reads source files directly, so there is nothing to defer: False."""
    return False
