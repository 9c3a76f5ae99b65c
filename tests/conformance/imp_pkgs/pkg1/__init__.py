print("loading pkg1", __name__, __package__)
P = 1
