# Found by difffuzz: format(complex, ',') without a type groups the shortest-repr digits of both parts.
for v in [complex(1.8596264706522905e-07, 3037000499.97605), 1234567.5+9876543.25j, complex(1e20, -1234.5), -1234.5j, complex(0, 1e6)]:
    for spec in [',', '_', ',.2f', '_g', ',.3e', '20,', '', '>40,', ',.0f']:
        try: print(repr(format(v, spec)))
        except Exception as e: print(type(e).__name__, e)
