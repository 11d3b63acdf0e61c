"""Defaults of change detection shared by the core, the Processing algorithms and the dock.

No numpy and no qgis here: the plugin reads these while it loads, also when a dependency is
missing (it then explains what to install).
"""

#: smallest change kept by default, square metres: 50 m² keeps a mining pit 10 m across
MIN_AREA_M2 = 50.0
