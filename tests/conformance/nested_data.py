grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
people = [{"name": "a", "age": 30}, {"name": "b", "age": 25}]
people.sort(key=lambda p: p["age"])
print([p["name"] for p in people])
tree = {"root": {"left": {"value": 1}, "right": {"value": 2}}}
print(tree["root"]["right"]["value"], repr(tree))
l = [1]
l.append(l)
print(l)
