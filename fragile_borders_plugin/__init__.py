"""Fragile Borders: GEOINT analysis of insecure borderlands for QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS entry point name)
    """Create the plugin instance; QGIS calls this with its interface."""
    from .plugin import FragileBordersPlugin
    return FragileBordersPlugin(iface)
