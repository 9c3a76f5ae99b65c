# traceback carets: subscript chain on a dict
config = {"a": {"b": 1}}
print(config["a"]["b"])
print(config["a"]["c"])
