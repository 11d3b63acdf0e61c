"""The real road images of ``../shared/realdata/roads`` and their fixed train / held-out split.

One place for both users: ``scripts/train_track_model.py`` trains the learned track detector on
the images of :data:`TRAIN`, ``benchmarks/bench_tracks.py`` scores the images of :data:`HELD_OUT`.

Split (written down once, never tuned): per set, the labelled images sorted by name; every third
one from the first (index 0, 3, 6, ...) is held out, the others are trained on. That gives
DeepGlobe 104 held out / 343 trained; CIL 4 / 8; Dubai 12 / 24 (the held-out ones are the
images round 9 scored: every third); SpaceNet Vegas img1454, img230 (its unpaved segment) / 3;
SpaceNet Shanghai img1196, img1841 (23 % unpaved) / img144, img1700 (img1227 has no label).

Masks (DeepGlobe, CIL, Dubai road class) are skeletonised into centrelines and the image is
wrapped in a GeoTIFF (RGB, EPSG:32632) of the set's nominal pixel size; SpaceNet tiles are used as
they are (single-band panchromatic, EPSG:4326) with their centreline vectors.
"""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REALDATA = os.path.normpath(os.path.join(HERE, "..", "..", "shared", "realdata", "roads"))
if not os.path.isdir(REALDATA):
    REALDATA = "/work/shared/realdata/roads"
#: per set: pixel size (m; Dubai's is not stated, CIL's approximate; None: from the GeoTIFF) and
#: road width (m, from the labels: DeepGlobe's strokes, CIL's and Dubai's median mask width,
#: SpaceNet's two lanes of 3.7 m)
REAL_SETS = {"DeepGlobe": (0.5, 4.0), "CIL": (0.5, 12.0), "Dubai": (1.0, 8.0),
             "SpaceNet Vegas PAN": (None, 7.4), "SpaceNet Shanghai PAN": (None, 7.4)}
DUBAI_ROAD_RGB = (0x6E, 0xC1, 0xE4)
HELD_OUT, TRAIN = "held out", "train"
#: every HOLD_OUT_EVERY-th image of a set (by sorted name, from the first) is held out
HOLD_OUT_EVERY = 3


def part_of(index):
    """:data:`HELD_OUT` or :data:`TRAIN` for the ``index``-th labelled image (sorted) of a set."""
    return HELD_OUT if index % HOLD_OUT_EVERY == 0 else TRAIN


def real_items(workdir, part=HELD_OUT):
    """Yield ``(set, name, tif, reference lines, unpaved lines, metric CRS)`` per image of ``part``
    (:data:`HELD_OUT`, :data:`TRAIN` or None for all), lines in the metric CRS.

    ``tif`` is the image as ``extract_tracks`` reads it: a GeoTIFF written to ``workdir`` (masked
    sets, overwritten by the next item) or the SpaceNet file itself.
    """
    for set_name, images in _labelled_images().items():
        for index, (name, load) in enumerate(images):
            if part is None or part_of(index) == part:
                yield (set_name, name) + load(workdir)


def _labelled_images():
    """Per set, sorted ``[(name, load)]``; ``load(workdir)`` gives the rest of a :func:`real_items` row."""
    import numpy as np
    from PIL import Image

    def rgb(set_name, image_path, mask_of):
        def load(workdir):
            pixel_m = REAL_SETS[set_name][0]
            array = np.asarray(Image.open(image_path).convert("RGB")).transpose(2, 0, 1).astype(np.uint16) + 1
            tif = os.path.join(workdir, "real_input.tif")
            write_geotiff(tif, array, pixel_m)
            return tif, _mask_centrelines(mask_of(image_path), pixel_m), [], GRID_CRS
        return load

    def grey_mask(path):
        return np.asarray(Image.open(path).convert("L")) > 127

    def dubai_mask(img):
        colours = np.asarray(Image.open(img.replace("images", "masks")[:-4] + ".png").convert("RGB"))
        return (colours == DUBAI_ROAD_RGB).all(axis=2)

    sets = {
        "DeepGlobe": [(os.path.basename(sat).split("_")[0],
                       rgb("DeepGlobe", sat, lambda p: grey_mask(p.replace("_sat.jpg", "_mask.png"))))
                      for sat in sorted(glob.glob(os.path.join(REALDATA, "deepglobe", "*_sat.jpg")))],
        "CIL": [(os.path.basename(img)[9:12], rgb("CIL", img, lambda p: grey_mask(p.replace("images", "groundtruth"))))
                for img in sorted(glob.glob(os.path.join(REALDATA, "cil", "images", "*.png")))],
        "Dubai": [(img.split(os.sep)[-3][-1] + "/" + os.path.basename(img)[-7:-4], rgb("Dubai", img, dubai_mask))
                  for img in sorted(glob.glob(os.path.join(REALDATA, "dubai", "*", "images", "*.jpg")))],
    }
    for city, set_name in (("vegas", "SpaceNet Vegas PAN"), ("shanghai", "SpaceNet Shanghai PAN")):
        sets[set_name] = []
        for tif in sorted(glob.glob(os.path.join(REALDATA, f"spacenet_{city}", "PAN", "*.tif"))):
            tag = tif.rsplit("_", 1)[-1][:-4]
            vectors = glob.glob(os.path.join(REALDATA, f"spacenet_{city}", "geojson", f"*_{tag}.geojson"))
            if vectors and os.path.getsize(vectors[0]) > 0:  # img1227: no roads labelled
                sets[set_name].append((tag, _spacenet_loader(tif, vectors[0])))
    return sets


def _spacenet_loader(tif, vector_path):
    def load(workdir):
        import geopandas as gpd

        roads = gpd.read_file(vector_path)
        metric = roads.estimate_utm_crs()
        roads = roads.to_crs(metric)
        unpaved = roads[roads["paved"].astype(str) == "2"]
        return tif, list(roads.geometry), list(unpaved.geometry), metric
    return load


#: the grid wrapped images lie on: CRS and upper-left corner (m)
GRID_CRS = "EPSG:32632"
GRID_ORIGIN_M = (500000.0, 1500000.0)


def write_geotiff(path, array, pixel_m, nodata=None):
    """Write ``array`` ((bands,) rows, cols) as a GeoTIFF on the :data:`GRID_CRS` grid at :data:`GRID_ORIGIN_M`."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    array = np.asarray(array)
    if array.ndim == 2:
        array = array[None]
    profile = {"driver": "GTiff", "width": array.shape[2], "height": array.shape[1], "count": array.shape[0],
               "dtype": str(array.dtype), "crs": GRID_CRS, "nodata": nodata,
               "transform": from_origin(*GRID_ORIGIN_M, pixel_m, pixel_m)}
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(array)


def pixel_line(coords, pixel_m):
    """A (row, col) pixel polyline of a :func:`write_geotiff` grid as a metric line."""
    import numpy as np
    from shapely.geometry import LineString

    x0, y0 = GRID_ORIGIN_M
    return LineString(np.column_stack([x0 + (coords[:, 1] + 0.5) * pixel_m, y0 - (coords[:, 0] + 0.5) * pixel_m]))


def _mask_centrelines(mask, pixel_m):
    """Skeleton of a road mask as metric lines on the :func:`write_geotiff` grid."""
    import numpy as np
    from skimage.morphology import skeletonize

    from fragile_borders_plugin.core.skeleton_graph import TrackGraph, skeleton_edges

    rows, cols = np.nonzero(skeletonize(mask))
    graph = TrackGraph(*skeleton_edges(rows, cols, mask.shape))
    graph.prune_spurs(10)
    return [pixel_line(coords, pixel_m) for coords, _ in graph.chains(6) if len(coords) > 1]
