import sys
sys.failing_runs = getattr(sys, 'failing_runs', 0) + 1
print("failing_mod run", sys.failing_runs)
raise ValueError("boom in failing_mod")
