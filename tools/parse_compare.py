#!/usr/bin/python3.11
"""Differential check of Krait's parser against CPython 3.11.

    /usr/bin/python3.11 tools/parse_compare.py [--include-attributes | --both] [--sample N --seed S]
                                               [--details FILE] [--krait PATH] [--no-build] [PATHS...]

PATHS are .py files or folders (searched recursively); the default is every .py file under /usr/lib/python3.11.
For each file CPython's `ast.dump(ast.parse(source_bytes, filename))` (with --include-attributes the
include_attributes=True form; with --both, both forms) or the exception it raises is compared with Krait's,
which comes from one `krait --dump-ast-batch` process (built in Release unless --krait or --no-build is
given). The bar: identical text for every file CPython parses; for files CPython rejects, the same exception
type and line (a different message or offset is listed as a note, not a failure).

Krait runs concurrently with the CPython side. If Krait crashes (a stack overflow kills the process) or
stalls on a file, that file is recorded as a failure and the batch restarts after it.

With --mutants N the inputs are N mutants of the (sampled) files instead: one random edit each (a few
bytes deleted, duplicated or replaced, or a bracket, quote, keyword, operator, tab or non-ASCII character
inserted), written to a temporary folder that is kept for reproducing failures. Most mutants are invalid,
so this exercises the error paths; in this mode (or with --strict-errors) the error message and offset
must match too. --token-soups N does the same with N random sequences of Python tokens (keywords,
operators, brackets, literals, newlines and indentation).

Prints a summary of the kinds of mismatch with a short context each, writes every detail to --details
(default: parse_compare_details.txt in the temporary folder), and ends with `N passed, M failed`.
Exit status 1 when anything failed.
"""
import argparse
import ast
import collections
import json
import os
import queue
import random
import subprocess
import sys
import tempfile
import threading
import time
import warnings

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
DEFAULT_ROOT = '/usr/lib/python3.11'
KRAIT_RELEASE = os.path.join(REPO, 'src', 'Krait.Cli', 'bin', 'Release', 'net10.0', 'krait')


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames.sort()
                files.extend(os.path.join(dirpath, f) for f in filenames if f.endswith('.py'))
        elif os.path.isfile(p):
            files.append(p)
        else:
            sys.exit(f'no such file or folder: {p}')
    return sorted(set(files))


def cpython_record(path, forms):
    with open(path, 'rb') as f:
        src = f.read()
    try:
        tree = ast.parse(src, path)
    except SyntaxError as e:
        return {'status': 'error', 'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno,
                'offset': e.offset}
    except (ValueError, RecursionError, MemoryError) as e:
        return {'status': 'error', 'type': type(e).__name__, 'msg': str(e), 'lineno': None, 'offset': None}
    rec = {'status': 'ok'}
    try:
        if 'plain' in forms:
            rec['dump'] = ast.dump(tree)
        if 'attrs' in forms:
            rec['dump_attrs'] = ast.dump(tree, include_attributes=True)
    except RecursionError:
        return {'status': 'error', 'type': 'RecursionError', 'msg': 'ast.dump recursion', 'lineno': None,
                'offset': None}
    return rec


class KraitBatch:
    """Yields Krait's record for each file in order from `krait --dump-ast-batch`, restarting the
    process after a file it crashed or stalled on."""

    def __init__(self, krait, files, forms, timeout):
        self.krait, self.files, self.forms, self.timeout = krait, files, forms, timeout
        fd, self.list_path = tempfile.mkstemp(suffix='.txt', prefix='krait_files_')
        with os.fdopen(fd, 'w', encoding='utf-8') as f:
            f.write('\n'.join(files) + '\n')
        self.proc = None
        self.lines = None
        self.next_index = 0
        self.stderr_tail = collections.deque(maxlen=20)

    def _start(self, skip):
        args = [self.krait, '--dump-ast-batch', self.list_path, '--skip', str(skip)]
        if self.forms == {'plain', 'attrs'}:
            args.append('--both-dumps')
        elif self.forms == {'attrs'}:
            args.append('--include-attributes')
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.lines = queue.Queue()
        proc, lines, tail = self.proc, self.lines, self.stderr_tail

        def pump_out():
            for line in proc.stdout:
                lines.put(line)
            lines.put(None)

        def pump_err():
            for line in proc.stderr:
                tail.append(line.decode('utf-8', 'replace').rstrip())

        threading.Thread(target=pump_out, daemon=True).start()
        threading.Thread(target=pump_err, daemon=True).start()

    def _stop(self):
        if self.proc is not None:
            try:
                self.proc.kill()
            except OSError:
                pass
            self.proc.wait()
            self.proc = None

    def record(self, index):
        """Krait's record for file `index`; indices must be asked for in increasing order."""
        assert index == self.next_index
        self.next_index += 1
        if self.proc is None:
            self._start(index)
        try:
            line = self.lines.get(timeout=self.timeout)
        except queue.Empty:
            self._stop()
            return {'status': 'hang', 'detail': f'no result within {self.timeout} s'}
        if line is None:
            self.proc.wait()
            code = self.proc.returncode
            self.proc = None
            detail = f'krait exited with status {code}'
            if self.stderr_tail:
                detail += ': ' + ' | '.join(list(self.stderr_tail)[-3:])
            self.stderr_tail.clear()
            return {'status': 'crash', 'detail': detail}
        rec = json.loads(line)
        if rec.get('i') != index:
            raise RuntimeError(f'krait batch out of step: expected record {index}, got {rec.get("i")}')
        if self.forms == {'attrs'} and 'dump' in rec:
            # With --include-attributes alone the batch's one dump is the attributes form.
            rec['dump_attrs'] = rec.pop('dump')
        return rec

    def close(self):
        self._stop()
        os.unlink(self.list_path)


def first_difference(a, b):
    n = min(len(a), len(b))
    i = 0
    # Compare in blocks first: the dumps are long and usually equal for a long way.
    step = 4096
    while i + step <= n and a[i:i + step] == b[i:i + step]:
        i += step
    while i < n and a[i] == b[i]:
        i += 1
    return i


def open_node_at(dump, end):
    """The innermost node still open at position `end` of a dump, and the field being written there.
    Walks the text from the start, skipping the contents of string and bytes reprs."""
    stack = []  # [node name, current field]
    i = 0
    word_start = None
    quote = None
    while i < end:
        ch = dump[i]
        if quote:
            if ch == '\\':
                i += 2
                continue
            if ch == quote:
                quote = None
        elif ch in '\'"':
            quote = ch
            word_start = None
        elif ch.isalnum() or ch == '_':
            if word_start is None:
                word_start = i
        else:
            if ch == '(' and word_start is not None:
                stack.append([dump[word_start:i], None])
            elif ch == '=' and word_start is not None and stack:
                stack[-1][1] = dump[word_start:i]
            elif ch == ')' and stack:
                stack.pop()
            word_start = None
        i += 1
    if not stack:
        return '?', '?'
    return stack[-1][0], stack[-1][1] or '?'


def diff_kind(expected, actual):
    """A short name for where two dumps part: the innermost node and field in CPython's text."""
    i = first_difference(expected, actual)
    node, field = open_node_at(expected, i)
    ctx = (f'at {i}: CPython ...{expected[max(0, i - 60):i + 60]!r}...\n'
           f'        Krait   ...{actual[max(0, i - 60):i + 60]!r}...')
    return f'dump differs in {node}, field {field}', ctx


MUTATION_SNIPPETS = ['(', ')', '[', ']', '{', '}', ':', ',', '=', '.', '*', '**', 'if ', ' else ', 'lambda',
                     'not ', '"', "'", '"""', '\\', '\t', ' ', '    ', '\n', '0x', '1_', '0o8', 'f"{', '}', '!',
                     '$', '\u20ac', '\u00e9', 'yield ', 'await ', 'async ', '->', ':=', '@', ';', '#', 'import ',
                     'print ', 'def ', 'class ', 'return ', '=', '==', '\\\n', '\r', 'match ', 'case ', '*a, ']


def make_mutants(files, count, seed, outdir):
    """Writes `count` single-edit mutants of random files into outdir; returns [(path, description)]."""
    rng = random.Random(seed)
    mutants = []
    for k in range(count):
        origin = rng.choice(files)
        with open(origin, 'rb') as f:
            lines = f.read().split(b'\n')
        li = rng.randrange(len(lines))
        line = lines[li]
        pos = rng.randint(0, len(line))
        op = rng.choice(['delete', 'insert', 'insert', 'duplicate', 'replace'])
        snippet = rng.choice(MUTATION_SNIPPETS).encode('utf-8')
        if op == 'delete':
            line = line[:pos] + line[pos + rng.choice([1, 1, 1, 2, 3, 5]):]
        elif op == 'insert':
            line = line[:pos] + snippet + line[pos:]
        elif op == 'duplicate':
            line = line[:pos] + line[pos:pos + rng.randint(1, 8)] + line[pos:]
        else:
            line = line[:pos] + snippet + line[pos + 1:]
        lines[li] = line
        path = os.path.join(outdir, f'm{k:05d}_{os.path.basename(origin)}')
        with open(path, 'wb') as f:
            f.write(b'\n'.join(lines))
        mutants.append((path, f'{origin} line {li + 1}: {op} at byte {pos}' +
                        (f' {snippet!r}' if op in ('insert', 'replace') else '')))
    return mutants


SOUP_TOKENS = ['if', 'elif', 'else', 'while', 'for', 'in', 'def', 'class', 'return', 'yield', 'lambda', 'try',
               'except', 'except*', 'finally', 'with', 'as', 'match', 'case', '_', 'import', 'from', 'global',
               'nonlocal', 'pass', 'break', 'continue', 'del', 'assert', 'raise', 'async', 'await', 'not', 'and',
               'or', 'is', 'None', 'True', 'False', 'x', 'y', 'f', '(', ')', '[', ']', '{', '}', ':', ';', ',', '.',
               '...', '=', ':=', '+=', '**=', '->', '+', '-', '*', '**', '/', '//', '%', '@', '<<', '>>', '&', '|',
               '^', '~', '<', '>', '==', '!=', '<=', '!', '1', '0x1f', '1.5e3', '2j', '1_0', "'s'", "b'b'",
               "f'{x}'", "f'{x!r:>{y}}'", "'''t\n'''", "rb'\\d'", '\n', '\n    ', '\n        ', '\n  ', '\t',
               '\\\n', '#c\n', ' ', ' ', ' ']


def make_token_soups(count, seed, outdir):
    """Writes `count` random sequences of Python tokens into outdir; returns their paths."""
    rng = random.Random(seed)
    paths = []
    for k in range(count):
        text = ''.join(rng.choice(SOUP_TOKENS) + ('' if rng.randrange(3) == 0 else ' ')
                       for _ in range(rng.randint(1, 30)))
        path = os.path.join(outdir, f's{k:05d}.py')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        paths.append(path)
    return paths


def compare(cp, kr, forms, strict_errors=False):
    """(passed, kind, detail, note)"""
    ks = kr.get('status')
    if ks in ('crash', 'hang', 'internal', 'unreadable'):
        detail = kr.get('detail', '')
        kind = ks if ks != 'internal' else 'internal error: ' + detail.split(':', 1)[0]
        return False, kind, detail, None
    if cp['status'] == 'ok':
        if ks == 'error':
            return False, f"false error: {kr['type']}: {kr['msg']}", \
                f"Krait raised {kr['type']}: {kr['msg']} at {kr['lineno']}:{kr['offset']}", None
        for form, key in (('plain', 'dump'), ('attrs', 'dump_attrs')):
            if form in forms:
                exp, act = cp[key], kr.get(key)
                if act is None:
                    return False, 'missing dump', f'no {key} in the Krait record', None
                if exp != act:
                    kind, ctx = diff_kind(exp, act)
                    return False, kind + ('' if form == 'plain' else ' (with attributes)'), ctx, None
        return True, None, None, None
    # CPython rejects the file.
    if ks == 'ok':
        return False, f"missed error: {cp['type']}: {cp['msg']}", \
            f"CPython raises {cp['type']}: {cp['msg']} at {cp['lineno']}:{cp['offset']}; Krait parsed it", None
    same = kr['type'] == cp['type'] and (kr['lineno'] or 0) == (cp['lineno'] or 0)
    if not same:
        return False, f"wrong error: {cp['type']}: {cp['msg']}", \
            (f"CPython {cp['type']}: {cp['msg']} at {cp['lineno']}:{cp['offset']}; "
             f"Krait {kr['type']}: {kr['msg']} at {kr['lineno']}:{kr['offset']}"), None
    note = None
    if strict_errors and (kr['msg'] != cp['msg'] or (kr['offset'] or 0) != (cp['offset'] or 0)):
        return False, f"different message or offset: {cp['msg']}", \
            (f"CPython {cp['type']}: {cp['msg']} at {cp['lineno']}:{cp['offset']}; "
             f"Krait {kr['type']}: {kr['msg']} at {kr['lineno']}:{kr['offset']}"), None
    if kr['msg'] != cp['msg'] or (kr['offset'] or 0) != (cp['offset'] or 0):
        note = (f"CPython {cp['msg']!r} at offset {cp['offset']}; Krait {kr['msg']!r} at offset {kr['offset']}")
    return True, None, None, note


def build_krait():
    print('building krait (Release)...', file=sys.stderr)
    r = subprocess.run(['dotnet', 'build', os.path.join(REPO, 'src', 'Krait.Cli'), '-c', 'Release', '-v', 'q',
                        '-nologo'], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit('dotnet build failed:\n' + r.stdout[-4000:] + r.stderr[-2000:])


def main():
    # SyntaxWarnings (such as '1if') are CPython's business here, not a difference.
    warnings.simplefilter('ignore')
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[1], formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group()
    g.add_argument('--include-attributes', action='store_true', help='compare ast.dump(include_attributes=True)')
    g.add_argument('--both', action='store_true', help='compare both dump forms')
    ap.add_argument('--sample', type=int, help='compare a random sample of this many files')
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--details', default=os.path.join(tempfile.gettempdir(), 'parse_compare_details.txt'))
    ap.add_argument('--krait', help='the krait executable (default: build src/Krait.Cli in Release)')
    ap.add_argument('--no-build', action='store_true', help='use the Release build as it is')
    ap.add_argument('--timeout', type=float, default=60, help='seconds Krait may take for one file')
    ap.add_argument('--show', type=int, default=3, help='examples to print per mismatch kind')
    ap.add_argument('--mutants', type=int, help='compare this many single-edit mutants of the files instead')
    ap.add_argument('--token-soups', type=int, help='compare this many random token sequences instead')
    ap.add_argument('--strict-errors', action='store_true', help='error message and offset must match too')
    ap.add_argument('paths', nargs='*')
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        sys.exit('run this with /usr/bin/python3.11')

    forms = {'plain', 'attrs'} if args.both else {'attrs'} if args.include_attributes else {'plain'}
    files = collect(args.paths or [DEFAULT_ROOT])
    if args.sample is not None and args.sample < len(files):
        files = sorted(random.Random(args.seed).sample(files, args.sample))
    if not files:
        sys.exit('no files to compare')
    origins = {}
    strict = args.strict_errors
    if args.mutants:
        outdir = tempfile.mkdtemp(prefix='krait_mutants_')
        mutants = make_mutants(files, args.mutants, args.seed, outdir)
        files = [m for m, _ in mutants]
        origins = dict(mutants)
        strict = True
        print(f'{len(files)} mutants in {outdir}', file=sys.stderr)
    elif args.token_soups:
        outdir = tempfile.mkdtemp(prefix='krait_soups_')
        files = make_token_soups(args.token_soups, args.seed, outdir)
        strict = True
        print(f'{len(files)} token soups in {outdir}', file=sys.stderr)

    krait = args.krait
    if krait is None:
        if not args.no_build:
            build_krait()
        krait = KRAIT_RELEASE
    if not os.access(krait, os.X_OK):
        sys.exit(f'no krait executable at {krait}')

    batch = KraitBatch(krait, files, forms, args.timeout)
    kinds = collections.defaultdict(list)
    notes = []
    passed = failed = 0
    t0 = time.perf_counter()
    try:
        with open(args.details, 'w', encoding='utf-8') as det:
            for i, path in enumerate(files):
                cp = cpython_record(path, forms)
                kr = batch.record(i)
                ok, kind, detail, note = compare(cp, kr, forms, strict)
                if not ok and path in origins:
                    detail = f'{origins[path]}\n{detail}'
                if ok:
                    passed += 1
                    if note:
                        notes.append((path, note))
                        det.write(f'NOTE {path}\n  {note}\n')
                else:
                    failed += 1
                    kinds[kind].append((path, detail))
                    det.write(f'FAIL {path}\n  {kind}\n  {detail}\n')
    finally:
        batch.close()
    elapsed = time.perf_counter() - t0

    if kinds:
        print(f'mismatch kinds ({len(kinds)}), most frequent first:')
        for kind, items in sorted(kinds.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            print(f'\n[{len(items)}] {kind}')
            for path, detail in items[:args.show]:
                print(f'  {path}')
                for line in (detail or '').split('\n'):
                    print(f'      {line[:300]}')
    if notes:
        print(f'\n{len(notes)} files raise the same error type and line with a different message or offset '
              f'(see {args.details})')
    print(f'\ncompared {len(files)} files in {elapsed:.1f} s; details in {args.details}')
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
