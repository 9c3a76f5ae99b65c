namespace Krait.Runtime;

/// <summary>Where running frames publish their locals for <c>frame.f_locals</c>. Compiled functions keep locals
/// in IL locals, which a stack walk cannot read; a function compiled in "published" mode (see
/// docs/ARCHITECTURE.md, frames) keeps every local in a <see cref="PyCell"/> and, on entry, pushes a record
/// (its call depth, its code, the cells) here. A generator resume pushes its generator, a class body its
/// namespace. Nothing pops a record: a push first drops the records at its own depth or deeper (frames that
/// have returned or unwound), so the stack never holds more records than the call depth. Functions not
/// compiled this way pay nothing.</summary>
public static class FrameLocalsRecords
{
    /// <summary>Set when f_locals was read from a running function frame that published nothing: from then on
    /// every function compiled publishes its locals.</summary>
    public static bool Wanted;

    private struct Record
    {
        public int Depth;
        public FunctionCode Code;
        /// <summary>PyCell[] in <see cref="FunctionCode.FrameLocalNames"/> order, a PyGenerator, or a class
        /// body's namespace.</summary>
        public object Locals;
    }

    private static Record[] s_records = new Record[16];
    private static int s_count;

    /// <summary>Emitted at the entry of a published frame (after <see cref="Ops.Enter"/>, so the depth is the
    /// frame's own).</summary>
    public static void Push(object locals, FunctionCode code)
    {
        int depth = Ops.Depth;
        var records = s_records;
        int n = s_count;
        while (n > 0 && records[n - 1].Depth >= depth) n--;
        if (n == records.Length) s_records = records = Grow(records);
        records[n].Depth = depth;
        records[n].Code = code;
        records[n].Locals = locals;
        s_count = n + 1;
    }

    /// <summary>The records belong to the thread running Python code: the interpreter lock keeps each thread's
    /// stack in its state while another runs (<see cref="Gil"/>).</summary>
    internal static (object Records, int Count) Take() => (s_records, s_count);

    internal static void Put(object? records, int count)
    {
        s_records = records as Record[] ?? new Record[16];
        s_count = count;
    }

    private static Record[] Grow(Record[] records)
    {
        var bigger = new Record[records.Length * 2];
        Array.Copy(records, bigger, records.Length);
        return bigger;
    }

    /// <summary>For a stack walk going outwards: the record of a frame running <paramref name="code"/> whose
    /// depth is at most <paramref name="maxDepth"/> (the walk's estimate: the current depth minus the Python
    /// frames inside it), searching down from <paramref name="cursor"/> (exclusive; start with -1 for the
    /// top). Records of other code are left for outer frames.</summary>
    public static object? Find(FunctionCode code, int maxDepth, ref int cursor)
    {
        var records = s_records;
        int i = cursor < 0 ? s_count - 1 : cursor - 1;
        for (; i >= 0; i--)
        {
            if (records[i].Depth > maxDepth) continue;
            // Depths only grow up the stack: the first record not deeper than the frame is its own, or one of an
            // outer frame when this frame published nothing.
            if (records[i].Code != code) return null;
            cursor = i;
            return records[i].Locals;
        }
        return null;
    }
}
