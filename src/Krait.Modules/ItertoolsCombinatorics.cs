using Krait.Runtime;

namespace Krait.Modules;

/// <summary>product, permutations, combinations and combinations_with_replacement: index vectors advanced in
/// lexicographic order (the algorithms the itertools documentation gives), a fresh tuple per result.</summary>
public sealed class CombinatoricIterator : ItertoolsIterator
{
    public enum Kind { Product, Permutations, Combinations, CombinationsWithReplacement }

    private readonly Kind _kind;
    private readonly PyObject[][] _pools;  // product: one pool per position; others: _pools[0]
    private readonly int _r;
    private readonly int[] _indices;
    private readonly int[]? _cycles;
    private bool _started, _done;

    public CombinatoricIterator(PyType t, Kind kind, PyObject[][] pools, int r) : base(t)
    {
        _kind = kind;
        _pools = pools;
        int n = pools.Length == 0 ? 0 : pools[0].Length;
        switch (kind)
        {
            case Kind.Product:
                _r = pools.Length;
                _indices = new int[_r];
                foreach (var p in pools) if (p.Length == 0) _done = true;
                break;
            case Kind.Permutations:
                _r = r;
                _indices = new int[n];
                for (int i = 0; i < n; i++) _indices[i] = i;
                _cycles = new int[r];
                for (int i = 0; i < r; i++) _cycles[i] = n - i;
                if (r > n) _done = true;
                break;
            case Kind.Combinations:
                _r = r;
                _indices = new int[r];
                for (int i = 0; i < r; i++) _indices[i] = i;
                if (r > n) _done = true;
                break;
            default:
                _r = r;
                _indices = new int[r];
                if (n == 0 && r > 0) _done = true;
                break;
        }
    }

    private PyTuple Result()
    {
        var r = new PyObject[_r];
        if (_kind == Kind.Product)
            for (int i = 0; i < _r; i++) r[i] = _pools[i][_indices[i]];
        else
        {
            var pool = _pools[0];
            for (int i = 0; i < _r; i++) r[i] = pool[_indices[i]];
        }
        return new PyTuple(r);
    }

    public override bool TryNext(out PyObject value)
    {
        if (_done) { value = null!; return false; }
        if (!_started)
        {
            _started = true;
            value = Result();
            return true;
        }
        if (!Advance()) { _done = true; value = null!; return false; }
        value = Result();
        return true;
    }

    private bool Advance()
    {
        int r = _r;
        var idx = _indices;
        switch (_kind)
        {
            case Kind.Product:
                for (int i = r - 1; i >= 0; i--)
                {
                    if (++idx[i] < _pools[i].Length) return true;
                    idx[i] = 0;
                }
                return false;
            case Kind.Combinations:
            {
                int n = _pools[0].Length;
                int i = r - 1;
                while (i >= 0 && idx[i] == i + n - r) i--;
                if (i < 0) return false;
                idx[i]++;
                for (int j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
                return true;
            }
            case Kind.CombinationsWithReplacement:
            {
                int n = _pools[0].Length;
                int i = r - 1;
                while (i >= 0 && idx[i] == n - 1) i--;
                if (i < 0) return false;
                int v = idx[i] + 1;
                for (int j = i; j < r; j++) idx[j] = v;
                return true;
            }
            default:
            {
                int n = _pools[0].Length;
                var cycles = _cycles!;
                if (n == 0) return false;
                for (int i = r - 1; i >= 0; i--)
                {
                    if (--cycles[i] == 0)
                    {
                        int first = idx[i];
                        Array.Copy(idx, i + 1, idx, i, n - i - 1);
                        idx[n - 1] = first;
                        cycles[i] = n - i;
                    }
                    else
                    {
                        int j = cycles[i];
                        (idx[i], idx[n - j]) = (idx[n - j], idx[i]);
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
