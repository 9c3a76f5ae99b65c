# krait: no-cpython-lib -- json.tool without CPython's Lib: its own option parser prints argparse's text
# --json-lines, errors (in-process through json.tool.main, and as `-m json.tool` in a child process)
import io, json.tool, os, sys

DOC = '{"b": [1, 2.5, "\\u00e9", null, true], "a": {"z": [], "y": {}}, "n": -0.0, "big": 12345678901234567890}\n'


TMP = ['?']


class Stream(io.StringIO):
    # keeps its text readable after close(), and says whether it was closed
    closed_by_tool = False

    def close(self):
        self.closed_by_tool = True


def run(args, stdin=''):
    saved = sys.argv, sys.stdin, sys.stdout, sys.stderr
    sys.argv = ['json.tool'] + args
    sys.stdin, sys.stdout, sys.stderr = Stream(stdin), Stream(), Stream()
    streams = sys.stdin, sys.stdout
    code = 0
    try:
        json.tool.main()
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) or e.code is None else str(e.code)
    finally:
        out, err = sys.stdout.getvalue(), sys.stderr.getvalue()
        sys.argv, sys.stdin, sys.stdout, sys.stderr = saved
    print('--', [a.replace(TMP[0], 'DIR') for a in args], 'exit', code, 'closed', [s.closed_by_tool for s in streams])
    print(out, end='')
    print(err, end='')


d = '/tmp/std5_json_tool_nolib_%d' % os.getpid()
os.makedirs(d)
if True:
    TMP[0] = d
    path = os.path.join(d, 'in.json')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(DOC)
    run([path])
    run(['--compact', '--sort-keys', path])
    run(['--indent', '1', '--no-ensure-ascii', path])
    run(['--tab', path])
    run(['--no-indent', '--sort-keys', path])
    run([], DOC)
    run(['--json-lines', '--compact'], '{"x":1}\n[2, 3]\n"s"\n')
    run(['--json-lines'], '{"x":1}\n\n[2]\n')
    run([], '{bad')
    run([], '[1, 2')
    run([], '{"a": NaN, "b": Infinity}')
    run(['--indent', '2', '--tab', path])
    run(['--indent', 'x', path])
    out = os.path.join(d, 'out.json')
    run(['--sort-keys', path, out])
    with open(out, encoding='utf-8') as f:
        print(f.read(), end='')
    run([path, path])
    with open(path, encoding='utf-8') as f:
        print(f.read(), end='')
    run(['--help'])
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
