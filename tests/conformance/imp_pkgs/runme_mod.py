import sys
print("runme_mod", __name__, repr(__package__), __spec__.name)
print(sys.argv[1:], sys.argv[0].endswith('runme_mod.py'))
if __name__ == '__main__':
    sys.exit(3)
