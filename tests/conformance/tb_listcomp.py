# traceback: an error inside a list comprehension shows the <listcomp> frame
def parse(items):
    return [int(s) * 2 for s in items if s]
print(parse(["1", "", "3"]))
print(parse(["4", "x"]))
