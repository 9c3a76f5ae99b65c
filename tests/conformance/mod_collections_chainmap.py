from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
cli = {'size': 3}
cm = ChainMap(cli, env, defaults)
print(cm)
print(cm['color'], cm['user'], cm['size'], len(cm), sorted(cm), list(cm))
print('user' in cm, 'nope' in cm, cm.get('nope'), cm.get('nope', 0), bool(cm), bool(ChainMap()))
print(cm.maps[0] is cli, len(cm.maps))
print(cm.parents, cm.parents.parents)
child = cm.new_child()
child['color'] = 'blue'
print(child, child['color'], cm['color'])
print(cm.new_child({'x': 1}))
cm['user'] = 'root'
print(cli, env)
del cm['user']
print(cli)
try:
    del cm['color']
except KeyError as e:
    print(type(e).__name__, e)
try:
    cm['missing']
except KeyError as e:
    print(type(e).__name__, e)
print(dict(cm) == {'color': 'red', 'user': 'admin', 'size': 3})
print(sorted(cm.items()), sorted(cm.keys()), sorted(cm.values(), key=str))
cm['k'] = 1
print(cm.pop('k'), cm.pop('k', 'gone'))
try:
    cm.pop('k')
except KeyError as e:
    print(type(e).__name__, e)
print(ChainMap(), ChainMap({}) == ChainMap({}), ChainMap({'a': 1}) == {'a': 1})
cp = cm.copy()
cp['size'] = 99
print(cm['size'], cp['size'])
cm.clear()
print(cm)
print(ChainMap({'a': 1}, {'a': 2, 'b': 3}).popitem())
