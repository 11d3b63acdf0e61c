"""Desktop GUI of the plugin: the dock panel, result loading and the trainee's path.

Nothing here imports ``iface``: the plugin passes it in from ``initGui`` and every widget
also works without it (``iface=None``), which is how the tests drive them.
"""
