"""File output helpers of the core: every output is written completely or not at all."""
import contextlib
import os
import tempfile

import geopandas as gpd

#: shapely geometry type -> fiona schema geometry name, for writing empty layers
_SCHEMA_GEOMETRY = {
    "Point": "Point", "MultiPoint": "MultiPoint",
    "LineString": "LineString", "MultiLineString": "MultiLineString",
    "Polygon": "Polygon", "MultiPolygon": "MultiPolygon",
}
_DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".json": "GeoJSON",
            ".fgb": "FlatGeobuf", ".sqlite": "SQLite"}


@contextlib.contextmanager
def atomic_path(final_path):
    """Yield a temporary path beside ``final_path``; move it into place only on success.

    The temporary file lives in the same folder so :func:`os.replace` is atomic; on any
    exception (including :class:`~.common.Cancelled`) it is deleted and ``final_path`` is
    left as it was.
    """
    folder = os.path.dirname(os.path.abspath(final_path)) or "."
    os.makedirs(folder, exist_ok=True)
    stem, ext = os.path.splitext(os.path.basename(final_path))
    fd, tmp = tempfile.mkstemp(prefix=f".{stem}.", suffix=f".part{ext}", dir=folder)
    os.close(fd)
    os.remove(tmp)  # drivers such as GPKG refuse to open an existing empty file
    try:
        yield tmp
        os.replace(tmp, final_path)
    finally:
        for leftover in (tmp, tmp + ".aux.xml", tmp + "-journal", tmp + "-wal", tmp + "-shm"):
            if os.path.exists(leftover):
                os.remove(leftover)


def vector_driver(path):
    """Return the OGR driver name for ``path`` from its extension (GeoPackage by default)."""
    return _DRIVERS.get(os.path.splitext(path)[1].lower(), "GPKG")


def write_layer(gdf, path, layer=None, geometry_type="Polygon", field_types=None):
    """Write ``gdf`` to ``path`` (a new layer in a new or existing file), empty layers included.

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Features to write; may be empty.
    path : str
        Destination file; the driver follows the extension.
    layer : str, optional
        Layer name (GeoPackage); defaults to the file stem.
    geometry_type : str
        Geometry type declared when ``gdf`` is empty (fiona cannot infer it).
    field_types : dict, optional
        Fiona field types (``{"score": "float"}``) declared when ``gdf`` is empty.
    """
    driver = vector_driver(path)
    kwargs = {"driver": driver}
    if driver == "GPKG":
        kwargs["layer"] = layer or os.path.splitext(os.path.basename(path))[0]
        if os.path.exists(path):
            kwargs["mode"] = "a"
    if len(gdf) == 0:
        columns = [c for c in gdf.columns if c != gdf.geometry.name]
        types = dict(field_types or {})
        kwargs["schema"] = {
            "geometry": _SCHEMA_GEOMETRY[geometry_type],
            "properties": {c: types.get(c, "str") for c in columns},
        }
        gdf = gpd.GeoDataFrame(gdf, geometry=gdf.geometry.name, crs=gdf.crs)
    gdf.to_file(path, **kwargs)


def write_vector_atomic(gdf, path, layer=None, geometry_type="Polygon", field_types=None):
    """Write one layer to a new file ``path`` atomically (see :func:`write_layer`)."""
    with atomic_path(path) as tmp:
        write_layer(gdf, tmp, layer or os.path.splitext(os.path.basename(path))[0], geometry_type, field_types)


def merge_layers_atomic(layers, path):
    """Copy vector layers into one new GeoPackage ``path``, all of them or none.

    Parameters
    ----------
    layers : dict
        Output layer name -> path of a single-layer source file (schema, field types and
        CRS are kept, empty layers included).
    path : str
        Destination GeoPackage; replaced atomically.
    """
    import fiona

    with atomic_path(path) as tmp:
        for name, source in layers.items():
            with fiona.open(source) as src:
                with fiona.open(tmp, "w", driver="GPKG", layer=name, schema=src.schema, crs_wkt=src.crs_wkt) as dst:
                    dst.writerecords(src)
