"""Defaults of change detection shared by the core, the Processing algorithms and the dock.

No numpy and no qgis here: the plugin reads these while it loads, also when a dependency is
missing (it then explains what to install).
"""

#: smallest change kept by default, square metres: 50 m² keeps a mining pit 10 m across
MIN_AREA_M2 = 50.0
#: length of the line test by default, metres: 10 pixels of 3 m; on the benchmark scenes it finds
#: most walls, fences and new tracks the pixel test misses, at no cost in F1 (30 and 45 m tried)
LINE_LENGTH_M = 30.0
