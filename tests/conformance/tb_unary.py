# traceback carets: unary minus on a str inside a call
print(abs(-"text"))
