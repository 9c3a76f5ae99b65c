# traceback carets: item assignment on an immutable value
point = (1, 2)
point[0] = 5
