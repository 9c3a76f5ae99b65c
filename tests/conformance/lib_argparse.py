import argparse
p = argparse.ArgumentParser(prog='tool', description='A test tool.')
p.add_argument('files', nargs='*', help='input files')
p.add_argument('-v', '--verbose', action='store_true', help='talk more')
p.add_argument('-n', '--count', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('--tag', action='append', dest='tags')
g = p.add_mutually_exclusive_group()
g.add_argument('--json', action='store_true')
g.add_argument('--xml', action='store_true')
ns = p.parse_args(['a.txt', 'b.txt', '-v', '--count', '7', '--tag', 'x', '--tag=y', '--mode=slow'])
print(ns)
print(ns.files, ns.verbose, ns.count, ns.mode, ns.tags, vars(ns) == dict(ns._get_kwargs()))
print(p.parse_args([]))
print(p.format_usage(), end='')
print(p.format_help(), end='')
ns, rest = p.parse_known_args(['--unknown', 'f', '-n2'])
print(ns, rest)
sub = argparse.ArgumentParser(prog='git')
sp = sub.add_subparsers(dest='cmd')
c = sp.add_parser('commit')
c.add_argument('-m', required=True)
print(sub.parse_args(['commit', '-m', 'msg']))
import io, sys
for args in (['--count', 'x'], ['--mode', 'medium'], ['--json', '--xml'], ['--help']):
    err = io.StringIO()
    out = io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        p.parse_args(args)
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = saved
    print('exit', code)
    print(err.getvalue(), end='')
    print(out.getvalue()[:60])
