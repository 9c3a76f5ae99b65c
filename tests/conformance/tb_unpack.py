# traceback carets: unpacking points at the targets
pair = (1, 2, 3)
a, b = pair
