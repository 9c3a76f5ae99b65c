# traceback carets: subscript with spaces inside the brackets
table = {}
value = table [ "missing" ]
