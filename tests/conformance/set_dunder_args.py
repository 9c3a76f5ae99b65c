# Operator dunders of set called directly with a wrong number of operands raise TypeError.
s = {1, 2}
for name in ["__ior__", "__iand__", "__isub__", "__ixor__", "__or__", "__rand__"]:
    m = getattr(set, name)
    for args in [(), ({3},), ({3}, {4})]:
        try:
            print(name, len(args), m(s, *args))
        except TypeError as e:
            print(name, len(args), "TypeError", e)
print(sorted(s))
