"""Which third-party Python modules the analyses need, and how to install the missing ones.

Kept free of qgis and of the modules it checks, so the plugin can load and explain a
missing dependency instead of failing with an ImportError traceback.
"""
import importlib.util

#: module name -> (what it is for, Debian/Ubuntu package, pip distribution)
REQUIRED_MODULES = {
    "numpy": ("array maths", "python3-numpy", "numpy"),
    "scipy": ("statistics and optimisation", "python3-scipy", "scipy"),
    "rasterio": ("raster reading and writing", "python3-rasterio", "rasterio"),
    "geopandas": ("vector analysis", "python3-geopandas", "geopandas"),
    "shapely": ("geometry", "python3-shapely", "shapely"),
    "pyproj": ("coordinate reference systems", "python3-pyproj", "pyproj"),
    "skimage": ("image filters", "python3-skimage", "scikit-image"),
    "osgeo": ("vector file writing (GDAL)", "python3-gdal", "GDAL"),
}


def missing_modules():
    """Return the names of required modules that cannot be imported, in a stable order."""
    return [name for name in REQUIRED_MODULES if not _importable(name)]


def _importable(name):
    """True when ``name`` can be imported; a ``None`` entry in sys.modules blocks it, as in Python."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def install_hint(missing):
    """Explain, in one message, which modules are missing and how to install them.

    Parameters
    ----------
    missing : list of str
        Module names as returned by :func:`missing_modules`.
    """
    debian = " ".join(REQUIRED_MODULES[m][1] for m in missing)
    pip = " ".join(REQUIRED_MODULES[m][2] for m in missing)
    uses = "; ".join(f"{m} ({REQUIRED_MODULES[m][0]})" for m in missing)
    return (
        f"Fragile Borders needs Python modules that are not installed: {uses}. "
        f"On Debian/Ubuntu run: sudo apt install {debian} . "
        f"On Windows (OSGeo4W Shell) or macOS run: python -m pip install {pip} , then restart QGIS. "
        "Use the packages that match your QGIS build so they share its GDAL."
    )
