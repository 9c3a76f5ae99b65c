import sys
print("a", "b", sep="-")
print("no newline", end="")
print()
print("x", 1, None, sep="", end="!\n")
print(file=sys.stdout)
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
print(*[1, 2, 3])
