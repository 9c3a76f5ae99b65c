# pprint and difflib from CPython's Lib.
import difflib
import pprint

data = {'name': 'krait', 'versions': list(range(12)), 'nested': {'a': [1, 2, {'deep': ('x', 'y') * 6}], 'b': None},
        'set': {3, 1, 2}, 'long': 'word ' * 20}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat([1, 2, 3]), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
print(pprint.isreadable({'a': 1}), pprint.isrecursive([1]), pprint.saferepr(list(range(3))))
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split(" with id=")[0], pprint.isrecursive(rec))
pp = pprint.PrettyPrinter(indent=4, width=30, compact=True)
pp.pprint(list(range(30)))

a = "the quick brown fox jumps over the lazy dog".split()
b = "the quick red fox jumped over the lazy cat".split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 4), sm.get_matching_blocks())
for op in sm.get_opcodes():
    print(op)
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
left = ['one\n', 'two\n', 'three\n', 'four\n']
right = ['one\n', 'too\n', 'three\n', 'four\n', 'five\n']
print(''.join(difflib.unified_diff(left, right, fromfile='a.txt', tofile='b.txt')))
print(''.join(difflib.context_diff(left, right, fromfile='a', tofile='b')))
print(''.join(difflib.ndiff(['abcde\n'], ['abxde\n'])))
print(difflib.SequenceMatcher(None, 'abcd', 'bcde').find_longest_match(0, 4, 0, 4))
print(list(difflib.restore(difflib.ndiff(left, right), 2)))
