"""Vector and file output of the core: every output is written completely or not at all.

Layers are written through GDAL's own OGR bindings (``osgeo``, shipped with every QGIS), not
through geopandas' engines: geopandas 0.12 writes with fiona, geopandas 1.x with pyogrio, and
the two disagree on what they accept (a fiona ``schema=`` makes pyogrio-era geopandas demand
fiona) and on what they produce (pyogrio writes dates as DateTime). Writing with OGR gives the
same file on both stacks: declared field types (real Date fields), empty layers with their
schema, and several layers in one GeoPackage. Reading stays with :func:`geopandas.read_file`,
which behaves alike on both.
"""
import contextlib
import datetime
import math
import os
import tempfile

import numpy as np

_DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".json": "GeoJSON",
            ".fgb": "FlatGeobuf", ".sqlite": "SQLite"}
#: geometry type name -> OGR constant name, for layers whose geometry cannot be seen (empty)
_GEOMETRY_TYPES = {
    "Point": "wkbPoint", "MultiPoint": "wkbMultiPoint",
    "LineString": "wkbLineString", "MultiLineString": "wkbMultiLineString",
    "Polygon": "wkbPolygon", "MultiPolygon": "wkbMultiPolygon",
}
#: field type name (as the core's ``*_FIELD_TYPES`` tables spell them) -> OGR field type name
_FIELD_TYPES = {"str": "OFTString", "int": "OFTInteger64", "float": "OFTReal", "date": "OFTDate",
                "datetime": "OFTDateTime"}


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


@contextlib.contextmanager
def _ogr():
    """``(ogr, osr)`` with GDAL exceptions on for the block, whatever the caller's setting.

    GDAL >= 3.7 scopes the setting (and GDAL >= 3.9 warns when it was never chosen); on older
    GDAL the previous global setting is restored afterwards, so QGIS's own code is unaffected.
    """
    from osgeo import gdal, ogr, osr

    manager = getattr(gdal, "ExceptionMgr", None)
    if manager is not None:
        with manager(useExceptions=True), ogr.ExceptionMgr(useExceptions=True), \
                osr.ExceptionMgr(useExceptions=True):
            yield ogr, osr
        return
    previous = [module.GetUseExceptions() for module in (gdal, ogr, osr)]
    for module in (gdal, ogr, osr):
        module.UseExceptions()
    try:
        yield ogr, osr
    finally:
        for module, used in reversed(list(zip((gdal, ogr, osr), previous))):  # GDAL keeps a stack
            if not used:
                module.DontUseExceptions()


def _open(ogr, path, update=False):
    try:
        dataset = ogr.Open(path, 1 if update else 0)
    except RuntimeError as error:
        raise OSError(f"cannot open {path} as a vector dataset: {error}") from None
    if dataset is None:
        raise OSError(f"cannot open {path} as a vector dataset")
    return dataset


def list_layers(path):
    """Names of the vector layers in ``path`` (a GeoPackage or any OGR-readable file)."""
    with _ogr() as (ogr, _):
        dataset = _open(ogr, path)
        return [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]


def feature_count(path, layer=None):
    """Number of features in ``layer`` of ``path`` (the first layer by default)."""
    with _ogr() as (ogr, _):
        dataset = _open(ogr, path)
        source = dataset.GetLayerByName(layer) if layer else dataset.GetLayerByIndex(0)
        if source is None:
            raise ValueError(f"{path} has no layer named {layer!r}")
        return source.GetFeatureCount()


def field_types(path, layer=None):
    """``{field name: type name}`` of a layer, type names as in :data:`_FIELD_TYPES` ("date", "int", …)."""
    with _ogr() as (ogr, _):
        dataset = _open(ogr, path)
        source = dataset.GetLayerByName(layer) if layer else dataset.GetLayerByIndex(0)
        names = {getattr(ogr, constant): name for name, constant in _FIELD_TYPES.items()}
        names[ogr.OFTInteger] = "int"
        definition = source.GetLayerDefn()
        return {definition.GetFieldDefn(i).GetName(): names.get(definition.GetFieldDefn(i).GetType(), "other")
                for i in range(definition.GetFieldCount())}


def _declared_type(name):
    """Normalise fiona-style spellings ("str:80", "int64", "bool") to a :data:`_FIELD_TYPES` key."""
    base = str(name).split(":")[0].lower()
    if base.startswith("int") or base == "bool":
        return "int"
    return base if base in _FIELD_TYPES else "str"


def _inferred_type(series):
    """Field type of an undeclared column, from its values."""
    kind = series.dtype.kind
    if kind in "biu":
        return "int"
    if kind == "f":
        return "float"
    if kind == "M":
        return "datetime"
    values = [v for v in series if v is not None and not (isinstance(v, float) and math.isnan(v))]
    if values and all(isinstance(v, datetime.datetime) for v in values):
        return "datetime"
    if values and all(isinstance(v, datetime.date) for v in values):
        return "date"
    return "str"


def _geometry_type(ogr, geometries, declared):
    """OGR geometry type of a layer: Multi* when single and multi parts mix, ``declared`` when empty."""
    kinds = {g.geom_type for g in geometries if g is not None and not g.is_empty}
    if len(kinds) > 1:
        singles = {k[5:] if k.startswith("Multi") else k for k in kinds}
        kinds = {f"Multi{singles.pop()}"} if len(singles) == 1 else kinds
    name = kinds.pop() if len(kinds) == 1 else (declared if not kinds else None)
    return getattr(ogr, _GEOMETRY_TYPES[name]) if name in _GEOMETRY_TYPES else ogr.wkbUnknown


def _is_missing(value):
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT and pandas.NA are not equal to themselves
    except (TypeError, ValueError):
        return False


def _set_field(feature, index, value, kind):
    """Store ``value`` in field ``index`` of ``feature`` as a ``kind`` field (nulls stay null)."""
    if _is_missing(value):
        feature.SetFieldNull(index)
    elif kind in ("date", "datetime"):
        if isinstance(value, str):
            value = datetime.datetime.fromisoformat(value)
        elif isinstance(value, np.datetime64):
            value = value.astype("datetime64[s]").item()
        if not isinstance(value, datetime.datetime):
            value = datetime.datetime(value.year, value.month, value.day)
        feature.SetField(index, value.year, value.month, value.day, value.hour, value.minute,
                         float(value.second), 0)
    elif kind == "int":
        feature.SetField(index, int(value))
    elif kind == "float":
        feature.SetField(index, float(value))
    else:
        feature.SetField(index, str(value))


def write_layer(gdf, path, layer=None, geometry_type="Polygon", field_types=None):
    """Write ``gdf`` as a new layer of ``path`` (a new file, or a GeoPackage that exists already).

    Parameters
    ----------
    gdf : geopandas.GeoDataFrame
        Features to write; may be empty. Its CRS is stored with the layer.
    path : str
        Destination file; the driver follows the extension.
    layer : str, optional
        Layer name; defaults to the file stem.
    geometry_type : str
        Geometry type declared when ``gdf`` holds no geometry to infer it from.
    field_types : dict, optional
        Field types by column ("str", "int", "float", "date", "datetime"; fiona spellings such
        as "str:80" are accepted); other columns get a type inferred from their values.
    """
    layer = layer or os.path.splitext(os.path.basename(path))[0]
    declared = {name: _declared_type(kind) for name, kind in (field_types or {}).items()}
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    kinds = {c: declared.get(c) or _inferred_type(gdf[c]) for c in columns}
    geometries = list(gdf.geometry)
    with _ogr() as (ogr, osr):
        driver = vector_driver(path)
        if driver == "GPKG" and os.path.exists(path):
            dataset = _open(ogr, path, update=True)
        else:
            dataset = ogr.GetDriverByName(driver).CreateDataSource(path)
        srs = None
        if gdf.crs is not None:
            srs = osr.SpatialReference()
            srs.ImportFromWkt(gdf.crs.to_wkt())
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        layer_type = _geometry_type(ogr, geometries, geometry_type)
        target = dataset.CreateLayer(layer, srs, layer_type)
        for column in columns:
            target.CreateField(ogr.FieldDefn(str(column), getattr(ogr, _FIELD_TYPES[kinds[column]])))
        definition = target.GetLayerDefn()
        target.StartTransaction()
        for position, geometry in enumerate(geometries):
            feature = ogr.Feature(definition)
            for index, column in enumerate(columns):
                _set_field(feature, index, gdf[column].iat[position], kinds[column])
            if geometry is not None and not geometry.is_empty:
                shape = ogr.CreateGeometryFromWkb(bytes(geometry.wkb))
                if layer_type != ogr.wkbUnknown and shape.GetGeometryType() != layer_type:
                    shape = ogr.ForceTo(shape, layer_type)  # a single part in a Multi* layer
                feature.SetGeometry(shape)
            target.CreateFeature(feature)
        target.CommitTransaction()
        dataset.FlushCache()
        dataset = None  # closes the file


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
    with atomic_path(path) as tmp, _ogr() as (ogr, _):
        dataset = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        for name, source_path in layers.items():
            source = _open(ogr, source_path)
            dataset.CopyLayer(source.GetLayerByIndex(0), name)
            source = None
        dataset.FlushCache()
        dataset = None
