class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def __repr__(self):
        return "Animal(%r)" % self.name
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return self.name + " barks"
a = Animal("generic")
d = Dog("rex")
print(a.speak(), d.speak(), a.kind, d.kind, Dog.kind, repr(a), str(a))
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)
d.age = 3
print(d.age, hasattr(d, "age"), hasattr(d, "nope"), getattr(d, "nope", "default"))
Animal.kind = "changed"
print(a.kind, d.kind)
class Empty:
    pass
e = Empty()
print(type(e).__name__, e.__class__ is Empty)
