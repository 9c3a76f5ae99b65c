# Verbose runs (-v style output), skips, expected failures, subTest, setUp/tearDown order, setUpClass,
# unittest.main(exit=False) and the result object it leaves.
import io
import re
import sys
import unittest
import unittest.runner

unittest.runner.time.perf_counter = lambda: 0.0
events = []


class Lifecycle(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_a_ok(self):
        """First line of the docstring shows in verbose mode.

        The rest does not."""
        events.append("run a")

    def test_b_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind="even" if i % 2 == 0 else "odd"):
                self.assertEqual(i % 2, 0)

    @unittest.skip("not today")
    def test_c_skipped(self):
        events.append("never")

    @unittest.skipIf(True, "condition held")
    def test_d_skip_if(self):
        pass

    @unittest.skipUnless(False, "condition failed")
    def test_e_skip_unless(self):
        pass

    @unittest.expectedFailure
    def test_f_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_g_unexpected_success(self):
        pass

    def test_h_skip_inside(self):
        self.skipTest("skipped from the body")

    def test_i_cleanup(self):
        self.addCleanup(events.append, "cleanup 1")
        self.addCleanup(events.append, "cleanup 2")


class Broken(unittest.TestCase):
    def setUp(self):
        raise RuntimeError("setUp failed")

    def test_never_runs(self):
        events.append("never")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
prog = unittest.main(argv=["prog"], testRunner=runner, exit=False)
text = stream.getvalue()
# Tracebacks name this file: print its folder as {DIR}, the same wherever the repo is.
print(text.replace(__import__("os").path.dirname(__import__("os").path.abspath(__file__)), "{DIR}"))
for e in events:
    print("event:", e)
r = prog.result
print("run", r.testsRun, "failures", len(r.failures), "errors", len(r.errors), "skipped", len(r.skipped))
print("expected", len(r.expectedFailures), "unexpected", len(r.unexpectedSuccesses), "ok", r.wasSuccessful())
for test, reason in r.skipped:
    print("skip:", test.id(), "-", reason)
for test, tb in r.failures:
    print("failure:", test.id(), str(test), tb.splitlines()[-1])
for test, tb in r.errors:
    print("error:", test.id(), tb.splitlines()[-1])

# Quiet runs (verbosity 0) and the dots/letters of verbosity 1.
for verbosity in (0, 1):
    stream = io.StringIO()
    suite = unittest.TestLoader().loadTestsFromTestCase(Lifecycle)
    print(suite.countTestCases())
    res = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(repr(stream.getvalue().splitlines()[0]), res.testsRun)
    print(stream.getvalue().splitlines()[-1])
