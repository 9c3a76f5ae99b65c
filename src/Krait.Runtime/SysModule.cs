using System.Numerics;

namespace Krait.Runtime;

/// <summary>The <c>sys</c> module. The import system's entries (path, meta_path, builtin_module_names, ...) are
/// filled in by the host's import system when it is installed.</summary>
public static partial class Builtins
{
    public const int HexVersion = 0x030B02F0;

    private static readonly PyType s_versionInfoType = PyStructSeq.MakeType("sys.version_info");
    private static readonly PyType s_flagsType = PyStructSeq.MakeType("sys.flags");
    private static readonly PyType s_floatInfoType = PyStructSeq.MakeType("sys.float_info");
    private static readonly PyType s_intInfoType = PyStructSeq.MakeType("sys.int_info");
    private static readonly PyType s_hashInfoType = PyStructSeq.MakeType("sys.hash_info");

    private static readonly string[] s_versionFields = { "major", "minor", "micro", "releaselevel", "serial" };

    private static readonly string[] s_flagFields =
    {
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
        "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits",
    };

    /// <summary>Command-line options that sys.flags reports (set by the host before Initialize).</summary>
    public static bool FlagIgnoreEnvironment, FlagIsolated, FlagNoUserSite, FlagSafePath;
    /// <summary>sys.flags.int_max_str_digits: -1 unless -X int_max_str_digits or PYTHONINTMAXSTRDIGITS set it.</summary>
    public static int FlagIntMaxStrDigits = -1;
    /// <summary>-O/-OO (and PYTHONOPTIMIZE): 1 drops asserts and makes <c>__debug__</c> False, 2 also drops
    /// docstrings. compile() with optimize=-1 uses it.</summary>
    public static int FlagOptimize;
    /// <summary>sys.flags.dev_mode: -X dev or PYTHONDEVMODE.</summary>
    public static bool FlagDevMode;

    private static readonly Dictionary<string, PyStr> s_interned = new();

    /// <summary>The one str object for an identifier (sys.intern's table): attribute names that become dict
    /// keys are the same object in every instance dict, as in CPython (pickle's memo relies on it).</summary>
    public static PyStr Intern(string name)
    {
        lock (s_interned)
        {
            if (s_interned.TryGetValue(name, out var known)) return known;
            var s = new PyStr(name);
            s_interned[name] = s;
            return s;
        }
    }

    private static PyStructSeq VersionInfo(int major, int minor, int micro, string level, int serial) =>
        new(s_versionInfoType, s_versionFields, new PyObject[]
        {
            PyInt.Get(major), PyInt.Get(minor), PyInt.Get(micro), new PyStr(level), PyInt.Get(serial),
        });

    private static PyStructSeq Seq(PyType type, string[] fields, params PyObject[] items) => new(type, fields, items);

    /// <summary>sys.flags from the Flag* options; called again by the host after it parses the command line.</summary>
    public static void SetSysFlags()
    {
        var i = PyInt.Get;
        Sys.Set("flags", Seq(s_flagsType, s_flagFields,
            i(0), i(0), i(0), i(FlagOptimize), i(1), i(FlagNoUserSite || FlagIsolated ? 1 : 0), i(0),
            i(FlagIgnoreEnvironment || FlagIsolated ? 1 : 0), i(0), i(0), i(0), i(1), i(FlagIsolated ? 1 : 0),
            PyBool.Get(FlagDevMode), i(0), i(0), PyBool.Get(FlagSafePath || FlagIsolated), i(FlagIntMaxStrDigits)));
        Module.Set("__debug__", PyBool.Get(FlagOptimize == 0));
    }

    private static void DefineSysModule()
    {
        Sys.Set("__name__", new PyStr("sys"));
        Sys.Set("__doc__", PyNone.Instance);
        Sys.Set("__package__", new PyStr(""));
        var versionInfo = VersionInfo(3, 11, 2, "final", 0);
        Sys.Set("version_info", versionInfo);
        Sys.Set("version", new PyStr($"3.11.2 (main, Krait 0.1) [.NET {Environment.Version}]"));
        Sys.Set("hexversion", PyInt.Get(HexVersion));
        Sys.Set("api_version", PyInt.Get(1013));
        var impl = new PyNamespace();
        impl.SetAttr("name", new PyStr("krait"));
        impl.SetAttr("cache_tag", new PyStr("krait-311"));
        impl.SetAttr("version", VersionInfo(0, 1, 0, "alpha", 0));
        impl.SetAttr("hexversion", PyInt.Get(0x000100A0));
        // The Debian/glibc target triplet of the machine Krait runs on, as CPython's build records it.
        impl.SetAttr("_multiarch", new PyStr(System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.Arm64 => "aarch64-linux-gnu",
            System.Runtime.InteropServices.Architecture.X86 => "i386-linux-gnu",
            System.Runtime.InteropServices.Architecture.Arm => "arm-linux-gnueabihf",
            _ => "x86_64-linux-gnu",
        }));
        Sys.Set("implementation", impl);
        Sys.Set("maxsize", PyInt.Get(long.MaxValue));
        Sys.Set("maxunicode", PyInt.Get(0x10FFFF));
        Sys.Set("platform", new PyStr("linux"));
        Sys.Set("byteorder", new PyStr(BitConverter.IsLittleEndian ? "little" : "big"));
        Sys.Set("float_repr_style", new PyStr("short"));
        Sys.Set("abiflags", new PyStr(""));
        Sys.Set("platlibdir", new PyStr("lib"));
        Sys.Set("copyright", new PyStr("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."));
        string home = AppContext.BaseDirectory.TrimEnd('/');
        string apphost = Path.Combine(home, "krait");
        Sys.Set("executable", new PyStr(File.Exists(apphost) ? apphost : Environment.ProcessPath ?? ""));
        Sys.Set("_base_executable", Sys.Cells["executable"].Value!);
        foreach (var n in new[] { "prefix", "base_prefix", "exec_prefix", "base_exec_prefix" }) Sys.Set(n, new PyStr(home));
        Sys.Set("dont_write_bytecode", PyBool.True);
        Sys.Set("pycache_prefix", PyNone.Instance);
        Sys.Set("warnoptions", new PyList());
        Sys.Set("_xoptions", new PyDict());
        SetSysFlags();
        var f = (double d) => new PyFloat(d);
        var i = PyInt.Get;
        Sys.Set("float_info", Seq(s_floatInfoType,
            new[] { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds" },
            f(double.MaxValue), i(1024), i(308), f(2.2250738585072014e-308), i(-1021), i(-307), i(15), i(53),
            f(2.220446049250313e-16), i(2), i(1)));
        Sys.Set("int_info", Seq(s_intInfoType,
            new[] { "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold" },
            i(30), i(4), i(4300), i(640)));
        Sys.Set("hash_info", Seq(s_hashInfoType,
            new[] { "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff" },
            i(64), i(2305843009213693951), i(314159), i(0), i(1000003), new PyStr("siphash13"), i(64), i(128), i(0)));
        var stdlib = new PySet(frozen: true);
        foreach (var n in s_stdlibModuleNames) stdlib.Add(new PyStr(n));
        Sys.Set("stdlib_module_names", stdlib);
        Sys.Set("modules", Modules.Dict);
        Sys.Set("path", new PyList());
        Sys.Set("meta_path", new PyList());
        Sys.Set("path_hooks", new PyList());
        Sys.Set("path_importer_cache", new PyDict());
        Sys.Set("builtin_module_names", new PyTuple(new PyObject[] { new PyStr("builtins"), new PyStr("sys") }));

        Def(Sys, "getrecursionlimit", (a, k) => { CheckArgs("getrecursionlimit", a, k, 0, 0); return PyInt.Get(Ops.RecursionLimit); });
        Def(Sys, "setrecursionlimit", (a, k) =>
        {
            CheckArgs("setrecursionlimit", a, k, 1, 1);
            if (a[0] is PyFloat) throw Ops.TypeError("'float' object cannot be interpreted as an integer");
            long n = Ops.Index(a[0]);
            if (n < 1) throw Ops.ValueError("recursion limit must be greater or equal than 1");
            Ops.RecursionLimit = (int)System.Math.Min(n, int.MaxValue);
            return PyNone.Instance;
        });
        Def(Sys, "exit", (a, k) =>
        {
            CheckArgs("exit", a, k, 0, 1);
            throw new PythonException(ExceptionTypes.Make(ExceptionTypes.SystemExit, a));
        });
        Def(Sys, "getsizeof", (a, k) =>
        {
            CheckArgs("getsizeof", a, k, 1, 2);
            return PyInt.Get(SizeOf(a[0]));
        });
        Def(Sys, "intern", (a, k) =>
        {
            CheckArgs("intern", a, k, 1, 1);
            if (a[0] is not PyStr s) throw Ops.TypeError($"intern() argument must be str, not {a[0].Type.TpName}");
            lock (s_interned)
            {
                if (s_interned.TryGetValue(s.Value, out var known)) return known;
                s_interned[s.Value] = s;
                return s;
            }
        });
        // No audit hooks can be installed here, so raising an audit event does nothing (as in CPython without hooks).
        Def(Sys, "audit", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyStr) throw Ops.TypeError("audit() missing 1 required positional argument: 'event'");
            return PyNone.Instance;
        });
        Def(Sys, "excepthook", (a, k) =>
        {
            CheckArgs("excepthook", a, k, 3, 3);
            if (a[1] is not PyBaseException ex) throw Ops.TypeError("TypeError: print_exception(): Exception expected for value, " + a[1].Type.Name + " found");
            Ops.GetAttr(Sys.Dict.GetItem(new PyStr("stderr")), "write").Call1(new PyStr(TracebackPrinter.Format(ex)));
            return PyNone.Instance;
        });
        Sys.Dict.SetItem(new PyStr("__excepthook__"), Sys.Dict.GetItem(new PyStr("excepthook")));
        // Prints repr(value) to sys.stdout and keeps it in builtins._ (what compile(..., "single") code calls).
        Def(Sys, "displayhook", (a, k) =>
        {
            CheckArgs("displayhook", a, k, 1, 1);
            if (a[0] is PyNone) return PyNone.Instance;
            var underscore = new PyStr("_");
            Builtins.Module.Dict.SetItem(underscore, PyNone.Instance);
            var stdout = Sys.Dict.TryGet(new PyStr("stdout"));
            if (stdout == null || stdout is PyNone) throw Ops.Error(ExceptionTypes.RuntimeError, "lost sys.stdout");
            Ops.GetAttr(stdout, "write").Call1(new PyStr(Ops.Repr(a[0]) + "\n"));
            Builtins.Module.Dict.SetItem(underscore, a[0]);
            return PyNone.Instance;
        });
        Sys.Dict.SetItem(new PyStr("__displayhook__"), Sys.Dict.GetItem(new PyStr("displayhook")));
        Def(Sys, "exc_info", (a, k) =>
        {
            CheckArgs("exc_info", a, k, 0, 0);
            var e = Ops.CurrentHandled;
            return e == null ? new PyTuple(new PyObject[] { PyNone.Instance, PyNone.Instance, PyNone.Instance })
                : new PyTuple(new PyObject[] { e.Type, e, PyTraceback.Of(e) });
        });
        Def(Sys, "_getframe", (a, k) =>
        {
            CheckArgs("_getframe", a, k, 0, 1);
            return PyFrame.Get(a.Length == 0 ? 0 : (int)Math.Clamp(Ops.Index(a[0]), int.MinValue, int.MaxValue));
        });
        Def(Sys, "exception", (a, k) =>
        {
            CheckArgs("exception", a, k, 0, 0);
            return (PyObject?)Ops.CurrentHandled ?? PyNone.Instance;
        });
        Def(Sys, "getdefaultencoding", (a, k) => { CheckArgs("getdefaultencoding", a, k, 0, 0); return new PyStr("utf-8"); });
        Def(Sys, "getfilesystemencoding", (a, k) => { CheckArgs("getfilesystemencoding", a, k, 0, 0); return new PyStr("utf-8"); });
        Def(Sys, "getfilesystemencodeerrors", (a, k) => { CheckArgs("getfilesystemencodeerrors", a, k, 0, 0); return new PyStr("surrogateescape"); });
        // No tracing or profiling hooks exist: setting one is accepted and has no effect.
        PyObject? trace = null, profile = null;
        Def(Sys, "settrace", (a, k) => { CheckArgs("settrace", a, k, 1, 1); trace = a[0] == PyNone.Instance ? null : a[0]; return PyNone.Instance; });
        Def(Sys, "gettrace", (a, k) => { CheckArgs("gettrace", a, k, 0, 0); return trace ?? PyNone.Instance; });
        Def(Sys, "setprofile", (a, k) => { CheckArgs("setprofile", a, k, 1, 1); profile = a[0] == PyNone.Instance ? null : a[0]; return PyNone.Instance; });
        Def(Sys, "getprofile", (a, k) => { CheckArgs("getprofile", a, k, 0, 0); return profile ?? PyNone.Instance; });
        Def(Sys, "getswitchinterval", (a, k) => new PyFloat(0.005));
        Def(Sys, "setswitchinterval", (a, k) => PyNone.Instance);
        Def(Sys, "is_finalizing", (a, k) => PyBool.False);
        Def(Sys, "getrefcount", (a, k) => { CheckArgs("getrefcount", a, k, 1, 1); return PyInt.Get(2); });
        Def(Sys, "get_int_max_str_digits", (a, k) => { CheckArgs("get_int_max_str_digits", a, k, 0, 0); return PyInt.Get(Numerics.IntegerText.MaxStrDigits); });
        Def(Sys, "set_int_max_str_digits", (a, k) =>
        {
            // One argument, positional or `maxdigits=`; a C int as in CPython.
            PyObject? n = a.Length == 1 && k == null ? a[0] : a.Length == 1 && k is ["maxdigits"] ? a[0] : null;
            if (n == null)
                throw Ops.TypeError(a.Length == 0 ? "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"
                    : $"set_int_max_str_digits() takes at most 1 argument ({a.Length} given)");
            if (n is PyFloat) throw Ops.TypeError("'float' object cannot be interpreted as an integer");
            var v = IndexBig(n);
            if (v > int.MaxValue || v < int.MinValue) throw Ops.Error(ExceptionTypes.OverflowError, "Python int too large to convert to C int");
            try { Numerics.IntegerText.SetMaxStrDigits((int)v); }
            catch (Numerics.NumericError e) { throw Ops.Translate(e); }
            return PyNone.Instance;
        });

        Def("__import__", (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            PyObject? Arg(int i, string n) => TakeKw(kwargs, n) ?? (pos.Length > i ? pos[i] : null);
            var name = Arg(0, "name");
            var globals = Arg(1, "globals");
            Arg(2, "locals");
            var fromlist = Arg(3, "fromlist");
            var level = Arg(4, "level");
            NoMoreKw("__import__", kwargs);
            if (pos.Length > 5) throw Ops.TypeError($"__import__() takes at most 5 arguments ({pos.Length} given)");
            if (name == null) throw Ops.TypeError("__import__() missing required argument 'name' (pos 1)");
            if (name is not PyStr ns) throw Ops.TypeError("module name must be a string");
            long lv = level == null ? 0 : Ops.Index(level);
            if (lv < 0) throw Ops.ValueError("level must be >= 0");
            if (ns.Value.Length == 0 && lv == 0) throw Ops.ValueError("Empty module name");
            if (globals == PyNone.Instance) globals = null;
            if (fromlist == PyNone.Instance || (fromlist != null && !fromlist.IsTrue())) fromlist = null;
            var loader = Ops.ModuleLoader ?? throw new PythonException(ExceptionTypes.Make(ExceptionTypes.ImportError, "no import system installed"));
            return loader.Import(ns.Value, globals, fromlist, (int)System.Math.Min(lv, int.MaxValue));
        });

        DefineImportError();
        DefineNameAndAttributeErrors();

        PyType.ModuleType.Constructor = (a, k) =>
        {
            var pos = Positional(a, k, out var kwargs);
            var name = TakeKw(kwargs, "name") ?? (pos.Length > 0 ? pos[0] : null);
            var doc = TakeKw(kwargs, "doc") ?? (pos.Length > 1 ? pos[1] : null);
            NoMoreKw("module", kwargs);
            if (name == null) throw Ops.TypeError("module() missing required argument 'name' (pos 1)");
            if (name is not PyStr ns) throw Ops.TypeError($"module() argument 'name' must be str, not {name.Type.TpName}");
            var m = new PyModule(ns.Value, Module);
            m.Set("__name__", ns);
            m.Set("__doc__", doc ?? PyNone.Instance);
            m.Set("__package__", PyNone.Instance);
            m.Set("__loader__", PyNone.Instance);
            m.Set("__spec__", PyNone.Instance);
            return m;
        };
    }

    /// <summary>sys.getsizeof: CPython's sizes on a 64-bit build for the common types, so programs that print
    /// them see familiar numbers; other objects report an instance's size.</summary>
    public static long SizeOf(PyObject o)
    {
        switch (o)
        {
            case PyBool: return 28;
            case PyInt i: return i.Value == 0 ? 24 : 24 + 4 * DigitCount(BigInteger.Abs(i.Value));
            case PyBigInt b: return 24 + 4 * DigitCount(BigInteger.Abs(b.Value));
            case PyFloat: return 24;
            case PyStr s:
            {
                int max = 0;
                foreach (char c in s.Value) if (c > max) max = c;
                int n = (int)s.Len();
                if (s.HasAstral) return 76 + 4 * (n + 1) - 4;
                if (max < 128) return 49 + n;
                if (max < 256) return 73 + n;
                return 74 + 2 * n;
            }
            case PyNone: return 16;
            case PyTuple t: return 40 + 8 * t.Items.Length;
            case PyList l: return 56 + 8 * l.Count;
            case PyDict d: return d.Table.Count == 0 ? 64 : d.Table.Count <= 5 ? 184 : d.Table.Count <= 10 ? 272 : 64 + 48 * d.Table.Count;
            case PyBytes b: return 33 + b.Len();
        }
        if (o is PySet) return 216;
        return 48;
    }

    private static long DigitCount(BigInteger v)
    {
        long n = 0;
        while (v > 0) { v >>= 30; n++; }
        return n;
    }

    private static readonly string[] s_stdlibModuleNames =
    {
        "__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess", "_bz2",
        "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
        "_collections", "_collections_abc", "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv",
        "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib",
        "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale",
        "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode",
        "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc",
        "_pydecimal", "_pyio", "_queue", "_random", "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal",
        "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime",
        "_struct", "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing",
        "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity",
        "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit", "audioop", "base64", "bdb",
        "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd",
        "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser",
        "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses",
        "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email", "encodings", "ensurepip",
        "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib",
        "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip",
        "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect",
        "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma",
        "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt",
        "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator",
        "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform",
        "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile",
        "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib",
        "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil",
        "signal", "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile",
        "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess",
        "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios",
        "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace",
        "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest",
        "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref",
        "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo",
    };
}
