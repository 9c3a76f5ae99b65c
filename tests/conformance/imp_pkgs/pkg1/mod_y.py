print("loading pkg1.mod_y", __name__, __package__)
Y = 'y'


def y_func():
    return 'y_func'
