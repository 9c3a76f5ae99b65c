REAL = 'real'


def __getattr__(name):
    if name == 'virtual':
        return 'computed ' + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
