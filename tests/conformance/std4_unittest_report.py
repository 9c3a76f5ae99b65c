# unittest.main() with a passing, a failing and an erroring test: CPython's report on stderr, exit status 1.
# The run time is pinned so the "Ran 3 tests in ..." line is the same on every run.
import unittest
import unittest.runner

unittest.runner.time.perf_counter = lambda: 0.0


class Arithmetic(unittest.TestCase):
    def test_adds(self):
        self.assertEqual(2 + 2, 4)

    def test_lists_differ(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_raises_inside(self):
        values = {"a": 1}
        return values["missing"]


if __name__ == "__main__":
    print("before main")
    unittest.main(argv=["prog"])
