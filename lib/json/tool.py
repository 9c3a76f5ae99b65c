"""`python -m json.tool`: read JSON (one document, or one per line with --json-lines) from a file or stdin and
write it back indented (4 spaces unless told otherwise), to a file or stdout. Krait's own code, written from the
command's documented options and observed output. The options are parsed with argparse when CPython's library
folder provides it (so help and errors read as CPython's), else by a small parser that accepts the same options."""

import json
import sys

_PROG = "python -m json.tool"
_DESCRIPTION = ("A simple command line interface for json module to validate and "
                "pretty-print JSON objects.")
_HELP = {
    "infile": "a JSON file to be validated or pretty-printed",
    "outfile": "write the output of infile to outfile",
    "--sort-keys": "sort the output of dictionaries alphabetically by key",
    "--no-ensure-ascii": "disable escaping of non-ASCII characters",
    "--json-lines": ("parse input using the JSON Lines format. Use with --no-indent or --compact to "
                     "produce valid JSON Lines output."),
    "--indent": "separate items with newlines and use this number of spaces for indentation",
    "--tab": "separate items with newlines and use tabs for indentation",
    "--no-indent": "separate items with spaces rather than newlines",
    "--compact": "suppress all whitespace separation (most compact)",
}


class _Options:
    infile = None
    outfile = None
    sort_keys = False
    ensure_ascii = True
    json_lines = False
    indent = 4
    compact = False


def _parse_with_argparse(argparse, argv):
    parser = argparse.ArgumentParser(prog=_PROG, description=_DESCRIPTION)
    parser.add_argument("infile", nargs="?", type=argparse.FileType(encoding="utf-8"),
                        help=_HELP["infile"], default=sys.stdin)
    parser.add_argument("outfile", nargs="?", default=None, help=_HELP["outfile"])
    parser.add_argument("--sort-keys", action="store_true", default=False, help=_HELP["--sort-keys"])
    parser.add_argument("--no-ensure-ascii", dest="ensure_ascii", action="store_false",
                        help=_HELP["--no-ensure-ascii"])
    parser.add_argument("--json-lines", action="store_true", default=False, help=_HELP["--json-lines"])
    exclusive = parser.add_mutually_exclusive_group()
    exclusive.add_argument("--indent", default=4, type=int, help=_HELP["--indent"])
    exclusive.add_argument("--tab", action="store_const", dest="indent", const="\t", help=_HELP["--tab"])
    exclusive.add_argument("--no-indent", action="store_const", dest="indent", const=None,
                           help=_HELP["--no-indent"])
    exclusive.add_argument("--compact", action="store_true", help=_HELP["--compact"])
    return parser.parse_args(argv)


# argparse's layout of the usage and help text, for when argparse itself is not available.
_USAGE = ("usage: %s [-h] [--sort-keys] [--no-ensure-ascii]\n"
          "%s[--json-lines]\n"
          "%s[--indent INDENT | --tab | --no-indent | --compact]\n"
          "%s[infile] [outfile]\n") % ((_PROG,) + (" " * (len(_PROG) + 8),) * 3)


def _wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    return lines + [line]


def _help_text():
    out = [_USAGE, "\n", "\n".join(_wrap(_DESCRIPTION, 77)) + "\n", "\npositional arguments:\n"]
    entries = [("infile", _HELP["infile"]), ("outfile", _HELP["outfile"])]
    for name, text in entries:
        out.append("  %-17s  %s\n" % (name, text))
    out.append("\noptions:\n")
    entries = [("-h, --help", "show this help message and exit")]
    entries += [(name if name != "--indent" else "--indent INDENT", _HELP[name]) for name in
                ("--sort-keys", "--no-ensure-ascii", "--json-lines", "--indent", "--tab", "--no-indent", "--compact")]
    for name, text in entries:
        # textwrap (under argparse) may break after the hyphen of "--no-indent"; only --json-lines needs it.
        if name == "--json-lines":
            lines = ["parse input using the JSON Lines format. Use with --no-",
                     "indent or --compact to produce valid JSON Lines output."]
        else:
            lines = _wrap(text, 57)
        out.append("  %-17s  %s\n" % (name, lines[0]))
        out.extend("%s%s\n" % (" " * 21, l) for l in lines[1:])
    return "".join(out)


def _usage_error(message):
    sys.stderr.write(_USAGE)
    sys.stderr.write("%s: error: %s\n" % (_PROG, message))
    raise SystemExit(2)


def _parse_by_hand(argv):
    options = _Options()
    positional = []
    layout = None
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ("-h", "--help"):
            sys.stdout.write(_help_text())
            raise SystemExit(0)
        if arg.startswith("--") and arg not in _HELP:
            value = None
            if arg.startswith("--indent="):
                arg, value = "--indent", arg[len("--indent="):]
                args.insert(0, value)
            else:
                _usage_error("unrecognized arguments: %s" % arg)
        if arg == "--sort-keys":
            options.sort_keys = True
        elif arg == "--no-ensure-ascii":
            options.ensure_ascii = False
        elif arg == "--json-lines":
            options.json_lines = True
        elif arg in ("--indent", "--tab", "--no-indent", "--compact"):
            if layout is not None and layout != arg:
                _usage_error("argument %s: not allowed with argument %s" % (arg, layout))
            layout = arg
            if arg == "--indent":
                if not args:
                    _usage_error("argument --indent: expected one argument")
                text = args.pop(0)
                try:
                    options.indent = int(text)
                except ValueError:
                    _usage_error("argument --indent: invalid int value: %r" % text)
            elif arg == "--tab":
                options.indent = "\t"
            elif arg == "--no-indent":
                options.indent = None
            else:
                options.compact = True
        else:
            positional.append(arg)
    if len(positional) > 2:
        _usage_error("unrecognized arguments: %s" % " ".join(positional[2:]))
    if positional and positional[0] != "-":
        try:
            options.infile = open(positional[0], encoding="utf-8")
        except OSError as e:
            _usage_error("argument infile: can't open '%s': %s" % (positional[0], e))
    else:
        options.infile = sys.stdin
    if len(positional) > 1:
        options.outfile = positional[1]
    return options


def main(argv=None):
    if argv is None:
        argv = sys.argv[1:]
    try:
        import argparse
    except ImportError:
        options = _parse_by_hand(argv)
    else:
        options = _parse_with_argparse(argparse, argv)
    settings = {"sort_keys": options.sort_keys, "indent": options.indent, "ensure_ascii": options.ensure_ascii}
    if options.compact:
        settings["indent"] = None
        settings["separators"] = (",", ":")
    source = options.infile
    try:
        if options.json_lines:
            documents = (json.loads(line) for line in source)
        else:
            documents = iter([json.load(source)])
        # Both streams are closed at the end, stdin and stdout included (as CPython's command does).
        target = sys.stdout if options.outfile is None else open(options.outfile, "w", encoding="utf-8")
        try:
            for document in documents:
                json.dump(document, target, **settings)
                target.write("\n")
        finally:
            target.close()
    except ValueError as e:
        raise SystemExit(e)
    finally:
        source.close()


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as e:
        sys.exit(e.errno)
