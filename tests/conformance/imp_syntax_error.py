# A module with a syntax error: the import raises SyntaxError, reported with the bad file's line and caret.
import sys
sys.dont_write_bytecode = True
sys.path.insert(0, 'imp_pkgs')
print('start')
import syntax_bad
