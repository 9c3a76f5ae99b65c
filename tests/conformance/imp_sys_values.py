import sys
print(sys.version_info)
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[:2] == (3, 11))
print(sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel, sys.version_info[0])
major, minor, micro, level, serial = sys.version_info
print(major, minor, micro, level, serial, len(sys.version_info), tuple(sys.version_info))
print(sys.version.split()[0], sys.hexversion, sys.hexversion == 0x030B02F0)
print(sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.flags.optimize, sys.flags.ignore_environment, sys.flags.isolated, sys.flags.no_user_site, len(sys.flags))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info)
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
s = sys.intern('hello')
print(s, sys.intern('hel' + 'lo') is s)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, sys.exception() is e)
print(sys.exc_info())
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.settrace(None), sys.gettrace(), sys.setprofile(None), sys.getprofile())
print('os' in sys.stdlib_module_names, 'json' in sys.stdlib_module_names, 'numpy' in sys.stdlib_module_names)
print(type(sys.stdlib_module_names).__name__, len(sys.stdlib_module_names))
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(type(sys.argv).__name__, sys.argv[1:], sys.argv[0])
print(type(sys.path).__name__, type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
print(sys.dont_write_bytecode in (True, False), isinstance(sys.executable, str), isinstance(sys.prefix, str))
print(type(sys.orig_argv).__name__, sys.orig_argv[-3:])
print(sys.getsizeof(0) > 0, sys.getsizeof(1) <= sys.getsizeof(10**30), sys.getsizeof('') < sys.getsizeof('abc'))
print(sys.getsizeof(1), sys.getsizeof(''), sys.getsizeof(()), sys.getsizeof(1.0), sys.getsizeof(None))
print(sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(type(sys.implementation.version).__name__)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(sys.version_info) == hash(tuple(sys.version_info)), sys.version_info == (3, 11, 2, 'final', 0))
print(sys.version_info.index(11), sys.version_info.count(3))
try:
    sys.exit(5)
except SystemExit as e:
    print(type(e).__name__, e.args)
try:
    sys.exit()
except SystemExit as e:
    print(type(e).__name__, e.args)
