# traceback: an exception inside a with block in a function
class Resource:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *exc):
        print("close", exc[0].__name__)
        return False
def use():
    with Resource() as r:
        return r.size
use()
