"""Conversions between QGIS Processing inputs/outputs and the files and frames the core uses."""
import os

from qgis.core import QgsFeatureRequest, QgsProcessingException, QgsProcessingFeatureSourceDefinition
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..i18n import tr


def raster_path(algorithm, parameters, name, context):
    """Return the file path of the raster parameter ``name``, or None when it is not set.

    The core reads rasters with rasterio, so the layer must be a GDAL file on disk.
    """
    layer = algorithm.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        return None
    source = layer.source().split("|")[0]
    if layer.providerType() != "gdal" or not os.path.exists(source):
        raise QgsProcessingException(
            tr("{}: the raster must be a file readable by GDAL (e.g. GeoTIFF); save it to a file "
               "first (right-click > Export > Save As).").format(name))
    return source


def _python_value(value):
    """Turn a QGIS attribute value into a plain Python value (NULL -> None, QDate -> date)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime()
    if isinstance(value, QDate):
        return value.toPyDate()
    if isinstance(value, QTime):
        return value.toPyTime()
    return value


def source_to_frame(algorithm, parameters, name, context, fields=None, feedback=None):
    """Read the feature source parameter ``name`` into a GeoDataFrame (None when not set).

    Parameters
    ----------
    fields : list of str, optional
        Attribute names to keep (all when None). Missing names raise a clear error.
    """
    import geopandas as gpd
    from shapely import wkb

    source = algorithm.parameterAsSource(parameters, name, context)
    if source is None:
        return None
    available = source.fields().names()
    wanted = available if fields is None else [f for f in fields if f]
    absent = [f for f in wanted if f not in available]
    if absent:
        raise QgsProcessingException(
            tr("{}: field(s) {} not found; the layer has: {}. Pick an existing field.").format(
                name, ", ".join(absent), ", ".join(available) or tr("no fields")))
    indexes = [available.index(f) for f in wanted]
    rows, geometries = [], []
    total = source.featureCount() or 1
    for count, feature in enumerate(source.getFeatures(QgsFeatureRequest())):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        attributes = feature.attributes()
        rows.append({f: _python_value(attributes[i]) for f, i in zip(wanted, indexes)})
        geometries.append(wkb.loads(bytes(geometry.asWkb())))
        if feedback is not None and count % 1000 == 0:
            feedback.setProgressText(tr("Reading {}: {} of {} features").format(name, count, total))
    crs = source.sourceCrs()
    return gpd.GeoDataFrame(rows, columns=wanted, geometry=geometries,
                            crs=crs.toWkt() if crs.isValid() else None)


def vector_file(algorithm, parameters, name, context, folder, geometry_type):
    """A vector source string for parameter ``name`` that code in any thread can open (None when not set).

    A whole file layer gives its own source ("path.gpkg|layername=x"); anything else — a
    selection, a filtered, memory or database layer — has its features written to
    ``folder/<name>.gpkg`` (``geometry_type`` declared in case it holds none). Call it in the
    thread that owns ``context``: a project layer must not be read from a worker thread.
    """
    from ..core.io import write_vector_atomic

    value = parameters.get(name)
    if value is None or value == "":
        return None
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    restricted = isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.selectedFeaturesOnly or value.featureLimit not in (-1, None)
        or bool(getattr(value, "filterExpression", "")))
    if (layer is not None and not restricted and layer.providerType() == "ogr" and not layer.subsetString()
            and os.path.isfile(layer.source().split("|")[0])):
        return layer.source()
    frame = source_to_frame(algorithm, parameters, name, context)
    if frame is None:
        return None
    path = os.path.join(folder, f"{name.lower()}.gpkg")
    write_vector_atomic(frame, path, geometry_type=geometry_type)
    return path


def output_path(algorithm, parameters, name, context):
    """Return the file path chosen for the destination parameter ``name``."""
    path = algorithm.parameterAsOutputLayer(parameters, name, context)
    return path.split("|")[0]
