print("never printed")
def f():
    x = 1
    global x
