"""Coordinate reference system helpers: analyses run in metres in a local metric CRS."""
import pyproj


def utm_crs_for(lon, lat):
    """Return the WGS 84 / UTM zone CRS that contains the point (``lon``, ``lat``) in degrees."""
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise ValueError(f"Coordinates lon={lon}, lat={lat} are outside the valid range of degrees.")
    zone = min(int((lon + 180.0) // 6.0) + 1, 60)
    return pyproj.CRS.from_epsg((32600 if lat >= 0 else 32700) + zone)


def to_metric(gdf):
    """Return ``gdf`` in a metric CRS: unchanged if already projected, else in its local UTM zone.

    Raises
    ------
    ValueError
        If the layer has no CRS (areas and lengths in metres would be meaningless).
    """
    if gdf.crs is None:
        raise ValueError("The layer has no coordinate reference system: set its CRS in QGIS "
                         "(Layer Properties > Source) and run again.")
    crs = pyproj.CRS(gdf.crs)
    if crs.is_projected and crs.axis_info and crs.axis_info[0].unit_name in ("metre", "meter"):
        return gdf
    if not crs.is_geographic:
        raise ValueError(f"The layer's CRS ({crs.name}) is neither geographic nor in metres: "
                         "reproject it to a metric CRS first.")
    lonlat = gdf.to_crs(4326)
    if lonlat.empty:
        return gdf.to_crs(utm_crs_for(0.0, 0.0))
    minx, miny, maxx, maxy = lonlat.total_bounds
    return gdf.to_crs(utm_crs_for((minx + maxx) / 2.0, (miny + maxy) / 2.0))
