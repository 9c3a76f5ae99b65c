# copyreg hooks, pickletools.dis output, file-based dump/load, and Pickler/Unpickler subclasses.
import copyreg
import io
import pickle
import pickletools


class Money:
    def __init__(self, cents):
        self.cents = cents


def reduce_money(m):
    return (Money, (m.cents,))


copyreg.pickle(Money, reduce_money)
for proto in (0, 2, 4):
    data = pickle.dumps(Money(125), proto)
    print(proto, data, pickle.loads(data).cents)

pickletools.dis(pickle.dumps([1, "a", (2, None), {"k": 3.5}], 2))
pickletools.dis(pickle.dumps({"nums": [1, 2, 300, -4], "t": (True, False)}, 0))
pickletools.dis(pickletools.optimize(pickle.dumps([("x", "x"), 2 ** 70], 4)))

buf = io.BytesIO()
pickle.dump({"a": [1, 2]}, buf, protocol=3)
pickle.dump("second", buf)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print(type(e).__name__)


class Tracking(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Money):
            return "money:%d" % obj.cents
        return None


class Resolving(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, value = pid.split(":")
        return Money(int(value) * 2)


out = io.BytesIO()
Tracking(out, protocol=2).dump([Money(5), "plain"])
print(out.getvalue())
out.seek(0)
back = Resolving(out).load()
print(back[0].cents, back[1])

print(copyreg.__newobj__.__name__, copyreg._reconstructor.__name__)
print(pickle.loads(pickle.dumps(slice(1, 5, 2), 2)), pickle.loads(pickle.dumps(range(3, 9, 2), 2)))
