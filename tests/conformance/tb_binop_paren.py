# traceback carets: operator after a parenthesised operand, unicode text before it
label = "é"
count = (len(label)) + label
