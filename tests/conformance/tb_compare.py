# traceback carets: chained comparison between unorderable values
values = [1, 2]
ok = 0 < values < 3
