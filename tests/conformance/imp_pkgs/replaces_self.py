import sys


class Replacement:
    def __repr__(self):
        return '<Replacement>'
    answer = 7


sys.modules[__name__] = Replacement()
