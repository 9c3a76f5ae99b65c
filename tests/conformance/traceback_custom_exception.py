class AppError(Exception):
    def __init__(self, code):
        super().__init__("app failed with code %d" % code)
        self.code = code
def run():
    raise AppError(7)
try:
    run()
except AppError as e:
    print("handled", e.code, e)
run()
