using Krait.Runtime;

namespace Krait.Modules;

/// <summary>The collections module: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap.</summary>
public static class CollectionsModule
{
    public static PyModule Create()
    {
        var m = NativeModule.New("collections");
        m.Set("deque", PyDeque.DequeType);
        m.Set("defaultdict", PyDefaultDict.DefaultDictType);
        m.Set("Counter", PyCounter.CounterType);
        m.Set("OrderedDict", PyOrderedDict.OrderedDictType);
        m.Set("ChainMap", PyChainMap.ChainMapType);
        NativeModule.Def(m, "namedtuple", NamedTupleFactory.Create);
        LazyModuleAttributes.Install(m, new[] { "UserDict", "UserList", "UserString" }, LazyModuleAttributes.CollectionsSource);
        return m;
    }
}
