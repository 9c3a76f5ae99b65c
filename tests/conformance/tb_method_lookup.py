# traceback carets: a method call whose attribute lookup fails points at obj.name
items = [3, 1, 2]
items.sort()
print(items)
result = items.push(4)
