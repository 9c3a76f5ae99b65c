import sys
print(len(sys.argv), sys.argv[1:])
print(sys.getrecursionlimit())
