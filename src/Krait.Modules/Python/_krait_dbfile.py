"""Shared by Krait's pwd and grp: a struct-sequence class maker and a reader of colon-separated databases
(/etc/passwd, /etc/group). Lookups read the files each time, as getpwnam(3) would consult them."""


def struct_sequence(module, name, fields, doc):
    def make(cls, sequence, dict=None):
        items = tuple(sequence)
        if len(items) != len(fields):
            raise TypeError("%s.%s() takes a %d-sequence (%d-sequence given)" % (module, name, len(fields), len(items)))
        return tuple.__new__(cls, items)

    def show(self):
        parts = ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self))
        return "%s.%s(%s)" % (module, name, parts)

    def reduce(self):
        return (type(self), (tuple(self),))

    namespace = {"__new__": make, "__repr__": show, "__reduce__": reduce, "__doc__": doc, "__slots__": (),
                 "__module__": module, "n_fields": len(fields), "n_sequence_fields": len(fields),
                 "n_unnamed_fields": 0, "__match_args__": tuple(fields)}
    for index, field in enumerate(fields):
        namespace[field] = property(lambda self, i=index: tuple.__getitem__(self, i))
    return type(name, (tuple,), namespace)


def records(path, width):
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        if not line or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) != width:
            continue
        found.append(parts)
    return found


def id_argument(value, what):
    if isinstance(value, float) or not hasattr(type(value), "__index__"):
        raise TypeError("%s should be integer, not %s" % (what, type(value).__name__))
    return value.__index__()
