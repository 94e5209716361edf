# Checks class attributes shared by instances, shadowing by instance attributes, mutable class attribute gotcha, counters.
class Dog:
    species = 'canis'
    tricks = []
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def add_trick(self, t):
        self.tricks.append(t)
a, b = Dog('rex'), Dog('fido')
print(a.species, b.species, Dog.species, Dog.count, a.count)
a.species = 'wolf'
print(a.species, b.species, Dog.species, 'species' in vars(a), 'species' in vars(b))
Dog.species = 'canis lupus'
print(a.species, b.species)
del a.species
print(a.species)
a.add_trick('sit')
b.add_trick('roll')
print(a.tricks, b.tricks, Dog.tricks is a.tricks)
a.count += 10
print(a.count, b.count, Dog.count)
print(getattr(Dog, 'species'), hasattr(a, 'name'), hasattr(Dog, 'name'))
