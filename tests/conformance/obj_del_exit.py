# At exit, objects still held by module globals are finalized in the globals' order.
class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = C("a")
_c = C("underscore")
d = C("d")
print("end of program")
