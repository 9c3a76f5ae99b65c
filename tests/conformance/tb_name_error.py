# traceback carets: NameError points at the name; frames through a nested function
def outer():
    def inner(v):
        return v + missing_global
    return inner(1)
outer()
