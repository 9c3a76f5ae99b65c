"""json.scanner: make_scanner(context) gives the function that scans one JSON value (Krait's own)."""

from .decoder import _Scanner

__all__ = ['make_scanner']


def make_scanner(context):
    """scan_once(string, idx) -> (value, end), raising StopIteration(idx) where no value starts."""
    def scan_once(string, idx):
        return _Scanner(context).value(string, idx)
    return scan_once


py_make_scanner = make_scanner
