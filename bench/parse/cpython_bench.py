"""CPython's side of bench/parse/run.sh: compile(src, path, 'exec', PyCF_ONLY_AST) over every listed file."""
import ast
import sys
import time


def one_pass(sources):
    errors = 0
    t = time.perf_counter()
    for path, src in sources:
        try:
            compile(src, path, 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            errors += 1
    return time.perf_counter() - t, errors


def main():
    paths = [p for p in open(sys.argv[1], encoding='utf-8').read().split('\n') if p]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    sources = []
    for p in paths:
        with open(p, 'rb') as f:
            sources.append((p, f.read()))
    first, errors = one_pass(sources)
    times = sorted(one_pass(sources)[0] for _ in range(repeat))
    print(f'files {len(sources)}  bytes {sum(len(s) for _, s in sources)}  syntax errors {errors}')
    print(f'first {first:.4f} s')
    print(f'best {times[0]:.4f} s  median {times[len(times) // 2]:.4f} s  (of {len(times)})')


if __name__ == '__main__':
    main()
