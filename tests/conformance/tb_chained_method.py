# traceback carets: a failed method lookup at the end of a call chain
class Query:
    def where(self):
        return None
q = Query()
print(q.where())
q.where().limit(5)
