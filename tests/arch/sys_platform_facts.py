# Facts that differ between platforms in general but must be the same on x64 and ARM64 Linux:
# both are little-endian with 64-bit Py_ssize_t.
import sys
print(sys.byteorder)
print(sys.maxsize, sys.maxsize == 2**63 - 1)
print(2**64, -2**63, (2**63 - 1) + 1, -(-2**63), 123456789 * 987654321)
print(sys.platform, sys.getrecursionlimit())
