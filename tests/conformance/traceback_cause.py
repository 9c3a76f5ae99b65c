try:
    raise ValueError("root")
except ValueError as e:
    raise TypeError("derived") from e
