# The messages of failing assertions (with their diffs) and assertRaises/assertWarns as context managers.
import unittest
import warnings

tc = unittest.TestCase()


def show(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except tc.failureException as e:
        print(label, "->", type(e).__name__)
        print(str(e))
    else:
        print(label, "-> passed")


show("eq ints", tc.assertEqual, 1, 2)
show("eq ints msg", tc.assertEqual, 1, 2, "custom message")
show("eq strs", tc.assertEqual, "abc", "abd")
show("eq multiline", tc.assertEqual, "one\ntwo\nthree\n", "one\n2\nthree\n")
show("eq lists", tc.assertEqual, [1, 2, 3], [1, 2, 4, 5])
show("eq tuples", tc.assertEqual, (1, "a"), (1, "b"))
show("eq dicts", tc.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
show("dict equal", tc.assertDictEqual, {"x": [1, 2]}, {"x": [1, 3], "y": 0})
show("set equal", tc.assertSetEqual, {1, 2, 3}, {2, 3, 4})
show("ne", tc.assertNotEqual, 5, 5)
show("true", tc.assertTrue, 0)
show("false", tc.assertFalse, [1])
show("is", tc.assertIs, None, 0)
show("is not", tc.assertIsNot, None, None)
show("is none", tc.assertIsNone, 3)
show("is not none", tc.assertIsNotNone, None)
show("in", tc.assertIn, 4, [1, 2, 3])
show("not in", tc.assertNotIn, "b", "abc")
show("isinstance", tc.assertIsInstance, 3, str)
show("not isinstance", tc.assertNotIsInstance, 3, int)
show("almost", tc.assertAlmostEqual, 1.0, 1.1)
show("almost places", tc.assertAlmostEqual, 1.0, 1.001, places=2)
show("almost delta", tc.assertAlmostEqual, 10, 12, delta=1)
show("not almost", tc.assertNotAlmostEqual, 1.0, 1.0000000001)
show("greater", tc.assertGreater, 1, 2)
show("greater equal", tc.assertGreaterEqual, 1, 2)
show("less", tc.assertLess, 3, 2)
show("less equal", tc.assertLessEqual, 3, 2)
show("count equal", tc.assertCountEqual, [1, 1, 2], [1, 2, 2])
show("regex", tc.assertRegex, "hello world", r"^world")
show("not regex", tc.assertNotRegex, "hello world", r"wor")
show("seq", tc.assertSequenceEqual, [1, 2], (1, 2, 3))
show("fail", tc.fail, "explicit failure")

long_a = {"key%d" % i: i for i in range(12)}
long_b = dict(long_a, key5=-5)
show("dict long", tc.assertEqual, long_a, long_b)
tc.maxDiff = None
show("list long", tc.assertEqual, list(range(30)), list(range(1, 31)))

with tc.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print("caught:", type(cm.exception).__name__, cm.exception)
with tc.assertRaisesRegex(ValueError, r"invalid literal") as cm:
    int("x")
print("regex caught:", cm.exception)


def no_raise():
    with tc.assertRaises(KeyError):
        pass


show("raises nothing", no_raise)


def wrong_regex():
    with tc.assertRaisesRegex(ValueError, "nope"):
        raise ValueError("something else")


show("raises regex mismatch", wrong_regex)
try:
    with tc.assertRaises(KeyError):
        raise TypeError("other type")
except TypeError as e:
    print("other exception passes through:", e)
tc.assertRaises(IndexError, [].pop)
show("callable form", tc.assertRaises, IndexError, lambda: None)

with tc.assertWarns(DeprecationWarning) as wm:
    warnings.warn("old api", DeprecationWarning)
print("warned:", wm.warning, wm.filename.endswith(".py"))


def no_warning():
    with tc.assertWarns(UserWarning):
        pass


show("warns nothing", no_warning)

tc.longMessage = False
show("short message", tc.assertEqual, 1, 2, "only this")
