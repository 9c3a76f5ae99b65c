# tb_frame.f_locals: unbound and deleted locals are left out; cells and free variables are included.
def unbound_case():
    a = 1
    if a == 1:
        raise ValueError("early")
    b = 2
def deleted_case():
    a = 1
    d = 4
    del d
    raise ValueError("after del")
def cell_case():
    v = "cell"
    def inner():
        w = v
        raise ValueError("inner")
    inner()
def comp_case():
    base = 10
    return [1 / (x - 2) for x in range(4)]
def lam_case():
    f = lambda q: q / 0
    return f(5)
for fn in (unbound_case, deleted_case, cell_case, comp_case, lam_case):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        frames = []
        while tb is not None:
            fr = tb.tb_frame
            if fr.f_code.co_name != "<module>":
                locs = sorted(fr.f_locals) if fr.f_code.co_name != "<listcomp>" else "(comprehension)"
                frames.append((fr.f_code.co_name, locs, tb.tb_lineno))
            tb = tb.tb_next
        print(fn.__name__, frames)
