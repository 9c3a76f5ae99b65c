import sys
sys.dont_write_bytecode = True
HERE = sys.path[0]
sys.path.insert(0, "imp_pkgs")


def rel(p):
    return p.replace(HERE, "{DIR}") if isinstance(p, str) else p

for attempt in range(2):
    try:
        import failing_mod
    except ValueError as e:
        print(type(e).__name__, e)
    print('failing_mod' in sys.modules)
print(sys.failing_runs)
try:
    import syntax_bad
except SyntaxError as e:
    print(type(e).__name__, e.msg, rel(e.filename), e.lineno)
print('syntax_bad' in sys.modules)
import replaces_self
print(replaces_self, replaces_self.answer, sys.modules['replaces_self'] is replaces_self)
from replaces_self import answer
print(answer)
