import sys
sys.reload_runs = getattr(sys, 'reload_runs', 0) + 1
RUNS = sys.reload_runs
print("reload_mod body run", RUNS)
