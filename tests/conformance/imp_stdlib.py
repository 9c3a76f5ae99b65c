# Pure-Python modules of CPython's Lib folder, found on sys.path after the program's folder.
from __future__ import annotations
import sys
import this
import colorsys
import bisect
import heapq
import stat
import __future__
print(sorted(k for k in ('this', 'colorsys', 'stat', '__future__') if k in sys.modules))
print(this.__name__, len(this.s), this.d['a'])
print([round(x, 4) for x in colorsys.rgb_to_hsv(0.2, 0.4, 0.4)])
print([round(x, 4) for x in colorsys.hls_to_rgb(0.5, 0.5, 0.5)])
print(bisect.bisect([1, 2, 3, 5], 4), bisect.bisect_left([1, 2, 2, 3], 2))
h = [5, 1, 4, 2]
heapq.heapify(h)
print(h[0], heapq.nsmallest(2, [9, 3, 7, 1]), heapq.heappop(h))
print(stat.S_ISDIR(0o040755), stat.S_ISREG(0o100644), stat.filemode(0o100644))
print(__future__.annotations.mandatory, __future__.all_feature_names[:3])
print(__future__.division.getMandatoryRelease())
print(colorsys.__spec__.name, colorsys.__package__ == '', colorsys.__file__.endswith('colorsys.py'))
