def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(22))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
