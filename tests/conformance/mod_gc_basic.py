# krait: no-cpython-lib
# gc: collect, enable/disable, thresholds, callbacks, debug flags, freeze stubs.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
for bad in [3, -1]:
    try:
        gc.collect(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(gc.get_threshold())
gc.set_threshold(100, 5, 3)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold()[0])
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), gc.garbage, gc.callbacks)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
events = []
def cb(phase, info):
    events.append((phase, sorted(info), info['generation']))
gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
print(events)
print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked(None))
print(sorted(gc.get_referents([1, 2])), type(gc.get_referrers(1)).__name__)
print(gc.get_freeze_count())
gc.freeze()
gc.unfreeze()
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.is_finalized(object()))
