# traceback carets: a decorator that raises is reported at its own line
def register(f):
    raise ValueError("cannot register " + f.__name__)
def plain(f):
    return f
@plain
@register
def handler():
    pass
