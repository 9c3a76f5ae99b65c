print("runme_pkg init", __name__)
