# python -m json.tool: files, stdin, --indent/--tab/--no-indent/--compact, --sort-keys, --no-ensure-ascii,
# --json-lines, errors (in-process through json.tool.main, and as `-m json.tool` in a child process)
import io, json.tool, os, subprocess, sys, tempfile

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


with tempfile.TemporaryDirectory() as d:
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
    # the real command line
    p = subprocess.run([sys.executable, '-m', 'json.tool', '--sort-keys', '--indent', '3'], input=DOC,
                       capture_output=True, text=True)
    print(p.returncode, p.stdout, p.stderr)
    p = subprocess.run([sys.executable, '-m', 'json.tool', os.path.join(d, 'missing.json')],
                       capture_output=True, text=True)
    print(p.returncode, p.stdout, p.stderr.replace(d, 'DIR'))
