def f(x: list[int], y: dict[str, list[int]]) -> tuple[int, ...]:
    return x
print(f([1], {}), list[int], dict[str, int], tuple[int, ...], type[int], set[str], frozenset[int])
a = list[int]
print(a([1, 2]), a.__origin__, a.__args__, list[int] == list[int], list[int] == list[str])
class MyList(list): pass
print(MyList[int], type(list[int]).__name__)
class G:
    def __class_getitem__(cls, item): return f'G[{item}]'
print(G[int], G['x'])
try: int[1]
except TypeError as e: print(type(e).__name__, e)
