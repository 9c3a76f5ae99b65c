import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

print(__name__, __package__, __spec__)
print(rel(__file__))
print(sys.modules['__main__'] is sys.modules[__name__])
main = sys.modules['__main__']
main_attr = 'main value'
print(main.main_attr)
import __main__
print(__main__ is main, __main__.main_attr)
print(type(__loader__).__name__)
print(rel(sys.path[1]), sys.path[0])
print(sys.argv[1:], rel(sys.argv[0]))
if __name__ == '__main__':
    print('running as main')
