"""Train the learned track detector shipped as ``fragile_borders_plugin/core/track_model.npz``.

Developer tool, not part of the plugin: needs PyTorch (CPU is enough, ~80 min on 2 cores), e.g.
``/usr/bin/python3 -m venv --system-site-packages /tmp/torchenv && /tmp/torchenv/bin/pip install torch``.

Usage (the shipped weights: a first run of 5000 steps with 30 % drawn look-alikes of
:func:`synthetic_crop`, a second with 40 %, then a fourth pooling level added, three runs on
192-px crops, the last with a quarter of the scene crops centred on faint tracks, one on 256-px
crops and one on 320-px crops)::

    /tmp/torchenv/bin/python scripts/train_track_model.py data  --workdir /tmp/fbtrain
    /tmp/torchenv/bin/python scripts/train_track_model.py train --workdir /tmp/fbtrain \
        --steps 5000 --output /tmp/fbtrain/first.npz
    /tmp/torchenv/bin/python scripts/train_track_model.py train --workdir /tmp/fbtrain \
        --init /tmp/fbtrain/first.npz --steps 2500 --learning-rate 1e-3 --seed 2 --synthetic-share 0.4 \
        --output /tmp/fbtrain/second.npz
    /tmp/torchenv/bin/python scripts/train_track_model.py train --workdir /tmp/fbtrain \
        --init /tmp/fbtrain/second.npz --add-level --steps 2500 --crop 192 --batch 8 \
        --synthetic-share 0.4 --output /tmp/fbtrain/deeper.npz
    /tmp/torchenv/bin/python scripts/train_track_model.py train --workdir /tmp/fbtrain \
        --init /tmp/fbtrain/deeper.npz --steps 2500 --learning-rate 7e-4 --seed 4 --synthetic-share 0.4 \
        --crop 192 --batch 8 --output /tmp/fbtrain/third.npz
    /tmp/torchenv/bin/python scripts/train_track_model.py train --workdir /tmp/fbtrain \
        --init /tmp/fbtrain/third.npz --steps 2500 --learning-rate 5e-4 --seed 5 --synthetic-share 0.4 \
        --crop 192 --batch 8 --faint-share 0.5 --output /tmp/fbtrain/fourth.npz
    /tmp/torchenv/bin/python scripts/train_track_model.py train --workdir /tmp/fbtrain \
        --init /tmp/fbtrain/fourth.npz --steps 2000 --learning-rate 4e-4 --seed 6 --synthetic-share 0.4 \
        --crop 256 --batch 6 --faint-share 0.4 --output /tmp/fbtrain/fifth.npz
    /tmp/torchenv/bin/python scripts/train_track_model.py train --workdir /tmp/fbtrain \
        --init /tmp/fbtrain/fifth.npz --steps 2000 --learning-rate 3e-4 --seed 7 --synthetic-share 0.4 \
        --crop 320 --batch 4 --faint-share 0.4

The real-image weights ``track_model_real.npz`` (round 10; run where INPUT is coarser than the
generated scenes) continue the shipped ones with 40 % crops of the real training images::

    /tmp/torchenv/bin/python scripts/train_track_model.py data --workdir /tmp/fbtrain --scene-count 14
    /tmp/torchenv/bin/python scripts/train_track_model.py train --workdir /tmp/fbtrain \
        --init fragile_borders_plugin/core/track_model.npz --steps 3000 --learning-rate 3e-4 --seed 9 \
        --crop 160 --batch 10 --real-share 0.4 --synthetic-share 0.15 --faint-share 0.4 --threads 2 \
        --output fragile_borders_plugin/core/track_model_real.npz

(The first run drew its look-alikes with the previous ``synthetic_crop``, commit c423b20: one or
two look-alikes per crop, tracks 2-8 % crossing the whole crop. The learning rate and seed of the
``deeper`` run were not recorded; the pooling level was added outside the script then, with the
same weights :func:`add_level` gives.)

``data`` renders generated training borderlands of seeds ``TRAIN_SEEDS`` (disjoint from the seeds
of the benchmarks, 0-9, and of the tests) and stores, for both dates, the network input
(:func:`track_model.model_input`) and the label: 1 within ``POSITIVE_PX`` of the centreline of a
truth track present at that date, ignored up to ``IGNORE_PX``, 0 elsewhere. ``train`` fits the
network of :mod:`fragile_borders_plugin.core.track_model` (same layers, same order) and writes
the weights; the numpy forward pass is checked against PyTorch's before writing.
"""
import argparse
import glob
import os
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))

from fragile_borders_plugin.core import track_model  # noqa: E402
from real_roads import REAL_SETS, TRAIN, real_items  # noqa: E402

TRAIN_SEEDS = range(1000, 1024)
VALIDATION_SEED = 1024
SIZE_PX = 2048
POSITIVE_PX = 1.0
IGNORE_PX = 2.5
CROP_PX = 128
BATCH = 16
STEPS = 3000
LEARNING_RATE = 2e-3
POSITIVE_WEIGHT = 2.0
#: channels at full, 1/2, 1/4 and 1/8 resolution of a new network (``--init`` keeps the channels
#: of the weights it starts from)
CHANNELS = (8, 16, 32, 64)
#: share of the crops drawn by :func:`synthetic_crop` instead of from generated scenes
SYNTHETIC_SHARE = 0.3
#: contrast of the faintest drawn track (log-uniform up to 8 %)
FAINTEST_DRAWN = 0.015
#: truth tracks below this contrast count as faint (the benchmark's "faint < 5 %" column) ...
FAINT_CONTRAST = 0.05
#: ... and this share of the track-centred scene crops is centred on one of them
FAINT_SHARE = 0.0
#: label of a positive pixel of a faint track (1 for the others) ...
FAINT_LABEL = 2
#: ... whose loss weighs this many times that of another positive pixel
FAINT_WEIGHT = 1.0
#: share of the crops drawn from the real road images trained on (:mod:`real_roads`)
REAL_SHARE = 0.0
#: each real image is rendered for tracks this many times the set's road width (a coarser or
#: finer analysis grid: the scale augmentation), ...
REAL_WIDTH_SCALES = (0.75, 1.0, 1.4)
#: ... and, when it has several bands, also from this one band alone (panchromatic-like)
REAL_SINGLE_BAND = 2
REAL_SET_NAMES = list(REAL_SETS)
#: sets whose masks leave most tracks unlabelled (DeepGlobe: of the rural tracks and field roads
#: of image 343 two roads are labelled): only their labelled roads teach, as positives; what lies
#: away from them is ignored rather than taught as background
PARTIAL_LABELS = ("DeepGlobe",)


def _track_pixels(tracks, shape, transform):
    """Boolean raster (``shape``) of the pixels that ``tracks`` touch."""
    from rasterio import features

    if not len(tracks):
        return np.zeros(shape, bool)
    return features.rasterize(((g, 1) for g in tracks.geometry), out_shape=shape, transform=transform,
                              all_touched=True, dtype="uint8") > 0


def _positive(label):
    return (label == 1) | (label == FAINT_LABEL)


def scene_samples(folder):
    """``[(input, label)]`` of one generated scene: AFTER and BEFORE with their own truth."""
    import geopandas as gpd
    import rasterio
    from scipy import ndimage

    from fragile_borders_plugin.core.ridges import brightness

    truth = gpd.read_file(os.path.join(folder, "scene.gpkg"), layer="truth_tracks")
    samples = []
    for date in ("after", "before"):
        with rasterio.open(os.path.join(folder, f"{date}.tif")) as src:
            stack = src.read()
            valid = src.read_masks(1) > 0
            transform, shape = src.transform, (src.height, src.width)
        lines = _track_pixels(truth[truth[f"in_{date}"] == 1], shape, transform)
        distance = ndimage.distance_transform_edt(~lines)
        label = np.where(distance <= POSITIVE_PX, 1, np.where(distance <= IGNORE_PX, 255, 0)).astype(np.uint8)
        x = track_model.model_input(brightness(stack), valid).astype(np.float16)
        samples.append((x, label))
    return samples


def make_data(workdir, seeds=TRAIN_SEEDS):
    from fragile_borders_plugin.core.training_scene import generate_training_scene

    os.makedirs(workdir, exist_ok=True)
    for seed in list(seeds) + [VALIDATION_SEED]:
        target = os.path.join(workdir, f"seed_{seed}.npz")
        if os.path.exists(target):
            continue
        folder = os.path.join(workdir, f"scene_{seed}")
        generate_training_scene(folder, seed=seed, size_px=SIZE_PX)
        (xa, la), (xb, lb) = scene_samples(folder)
        np.savez(target, xa=xa, la=la, xb=xb, lb=lb)
        print(f"seed {seed}: {int((la == 1).sum())} positive pixels after, {int((lb == 1).sum())} before",
              flush=True)


def real_samples(workdir):
    """``[(set, brightness, valid, label)]`` of the real road images of the training part of
    :mod:`real_roads`, each as ``extract_tracks`` reads it (:func:`tracks.analysis_image`: the
    analysis grid of the road width times each of :data:`REAL_WIDTH_SCALES`, the visible-band
    brightness and one band alone), labelled from the centrelines the benchmark scores against:
    1 within ``POSITIVE_PX`` of a centreline, ignored up to ``IGNORE_PX`` and outside the image."""
    import geopandas as gpd
    from scipy import ndimage

    from fragile_borders_plugin.core.tracks import analysis_image

    os.makedirs(workdir, exist_ok=True)
    samples = []
    for set_name, name, tif, reference, _, metric in real_items(workdir, TRAIN):
        import rasterio

        with rasterio.open(tif) as src:
            bands = [None] + ([REAL_SINGLE_BAND] if src.count > 1 else [])
        for scale in REAL_WIDTH_SCALES:
            for band in bands:
                image, valid, grid = analysis_image(tif, scale * REAL_SETS[set_name][1], band)
                lines = gpd.GeoSeries(reference, crs=metric).to_crs(grid.crs.to_wkt())
                touched = _track_pixels(gpd.GeoDataFrame(geometry=lines), image.shape, grid.transform)
                distance = ndimage.distance_transform_edt(~touched)
                label = np.where(distance <= POSITIVE_PX, 1, np.where(distance <= IGNORE_PX, 255, 0)).astype(np.uint8)
                if set_name in PARTIAL_LABELS:
                    label[label == 0] = 255
                label[~valid] = 255
                samples.append((set_name, image, valid, label))
        print(f"real {set_name} {name}: {image.shape} at width x{REAL_WIDTH_SCALES[-1]}", flush=True)
    return samples


def augmented_real_crop(rng, sample, crop):
    """A ``crop`` x ``crop`` network input and label of one real image, its brightness altered as
    other sensors and conditions would (contrast curve, haze, blur, noise, JPEG) and read in the
    contrast unit the extractor would choose for it; an image smaller than the crop lies at a
    random place in it, nodata around (as the extractor pads a small image)."""
    from fragile_borders_plugin.core.tracks import learned_contrast_unit

    _, image, valid, label = sample
    rows, cols = image.shape
    canvas = np.zeros((crop, crop), np.float32)
    inside = np.zeros((crop, crop), bool)
    target = np.full((crop, crop), 255, np.uint8)
    # crop window in the image (or the image's place in the crop), centred on a road half the time
    positives = np.argwhere(label == 1)
    if len(positives) and rng.random() < 0.5:
        centre = positives[rng.integers(len(positives))] + rng.integers(-24, 25, 2)
    else:
        centre = np.array([rng.integers(rows), rng.integers(cols)])
    r0 = int(np.clip(centre[0] - crop // 2, min(0, rows - crop), max(0, rows - crop)))
    c0 = int(np.clip(centre[1] - crop // 2, min(0, cols - crop), max(0, cols - crop)))
    src_r, src_c = slice(max(r0, 0), min(r0 + crop, rows)), slice(max(c0, 0), min(c0 + crop, cols))
    dst_r = slice(src_r.start - r0, src_r.stop - r0)
    dst_c = slice(src_c.start - c0, src_c.stop - c0)
    canvas[dst_r, dst_c], inside[dst_r, dst_c], target[dst_r, dst_c] = image[src_r, src_c], valid[src_r, src_c], \
        label[src_r, src_c]
    if inside.sum() < 64:
        return augmented_real_crop(rng, sample, crop)
    canvas = _sensor_look(rng, canvas, inside)
    unit = learned_contrast_unit(canvas, inside)
    return track_model.model_input(canvas, inside, unit), target


def _sensor_look(rng, image, valid):
    """``image`` (brightness, positive where ``valid``) as another sensor or day might render it."""
    from scipy import ndimage

    level = float(np.median(image[valid]))
    out = image.copy()
    if rng.random() < 0.7:  # contrast curve (gamma about the median)
        out = level * np.maximum(out / level, 1e-3) ** rng.uniform(0.6, 1.5)
    if rng.random() < 0.4:  # haze: an additive veil lowers every relative contrast
        out = out + rng.uniform(0.1, 0.8) * level
    if rng.random() < 0.3:  # blur (optics, resampling)
        out = ndimage.gaussian_filter(out, rng.uniform(0.3, 1.0))
    if rng.random() < 0.4:  # sensor noise
        out = out + rng.normal(0, rng.uniform(0.003, 0.03) * level, out.shape)
    if rng.random() < 0.2:  # JPEG compression of an 8-bit rendering
        out = _jpeg(out, valid, int(rng.integers(25, 85)))
    out = np.maximum(out, 1e-3 * level).astype(np.float32)
    out[~valid] = 0.0
    return out


def _jpeg(image, valid, quality):
    import io

    from PIL import Image

    lo, hi = np.percentile(image[valid], [0.5, 99.5])
    scaled = np.clip((image - lo) / max(hi - lo, 1e-6) * 254 + 1, 1, 255).astype(np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(scaled).save(buffer, format="JPEG", quality=quality)
    decoded = np.asarray(Image.open(io.BytesIO(buffer.getvalue())), dtype=np.float32)
    return lo + (np.maximum(decoded, 1) - 1) / 254 * (hi - lo)


def init_channels(weights):
    """Channels per level of the network that ``weights`` describe."""
    levels = track_model.pooling_levels(weights)
    return tuple(weights[f"down{k}.0.w"].shape[0] for k in range(levels)) + (weights["bottom.0.w"].shape[0],)


def add_level(weights, seed=0):
    """``weights`` with one more pooling level: the bottom pair becomes the deepest down pair, a
    new bottom and up pair of the same channels start from He-initialised weights."""
    rng = np.random.default_rng(seed)
    level = track_model.pooling_levels(weights)
    channels = weights["bottom.1.w"].shape[0]

    def he(cout, cin):
        return (rng.standard_normal((cout, cin, 3, 3)) * np.sqrt(2 / (9 * cin))).astype(np.float32)

    out = {k: v for k, v in weights.items() if not k.startswith("bottom")}
    for index in (0, 1):
        out[f"down{level}.{index}.w"] = weights[f"bottom.{index}.w"]
        out[f"down{level}.{index}.b"] = weights[f"bottom.{index}.b"]
    for name, first_in in (("bottom", channels), (f"up{level}", 2 * channels)):
        for index, cin in ((0, first_in), (1, channels)):
            out[f"{name}.{index}.w"], out[f"{name}.{index}.b"] = he(channels, cin), np.zeros(channels, np.float32)
    return out


def build_network(torch, channels=CHANNELS):
    nn = torch.nn
    depth = len(channels) - 1

    def pair(cin, cout):
        return nn.ModuleList([nn.Conv2d(cin, cout, 3, padding=1), nn.Conv2d(cout, cout, 3, padding=1)])

    class UNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.down = nn.ModuleList()
            cin = 2
            for level in range(depth):
                self.down.append(pair(cin, channels[level]))
                cin = channels[level]
            self.bottom = pair(cin, channels[depth])
            cin = channels[depth]
            self.up = nn.ModuleList([None] * depth)
            for level in reversed(range(depth)):
                self.up[level] = pair(cin + channels[level], channels[level])
                cin = channels[level]
            self.head = nn.Conv2d(channels[0], 1, 1)

        @staticmethod
        def run_pair(layers, x):
            return torch.relu(layers[1](torch.relu(layers[0](x))))

        def forward(self, x):
            skips = []
            for layers in self.down:
                x = self.run_pair(layers, x)
                skips.append(x)
                x = torch.nn.functional.max_pool2d(x, 2)
            x = self.run_pair(self.bottom, x)
            for level in reversed(range(depth)):
                x = torch.nn.functional.interpolate(x, scale_factor=2, mode="nearest")
                x = self.run_pair(self.up[level], torch.cat([x, skips.pop()], dim=1))
            return self.head(x)[:, 0]

        def named_layers(self):
            pairs = [(f"down{k}", p) for k, p in enumerate(self.down)] + [("bottom", self.bottom)] + \
                [(f"up{k}", p) for k, p in enumerate(self.up)]
            named = [(f"{name}.{index}", layer) for name, layers in pairs for index, layer in enumerate(layers)]
            return named + [("head", self.head)]

        def numpy_weights(self):
            out = {}
            for name, layer in self.named_layers():
                out[f"{name}.w"] = layer.weight.detach().numpy().astype(np.float32)
                out[f"{name}.b"] = layer.bias.detach().numpy().astype(np.float32)
            return out

        def load_numpy_weights(self, weights, torch):
            with torch.no_grad():
                for name, layer in self.named_layers():
                    layer.weight.copy_(torch.from_numpy(weights[f"{name}.w"]))
                    layer.bias.copy_(torch.from_numpy(weights[f"{name}.b"]))

    return UNet()


def load_samples(workdir, seeds):
    """``[(input, label, positives, faint positives)]`` of both dates of ``seeds``: positive pixels
    (row, col) on a 4-px lattice, of all tracks and of the faint ones (contrast below FAINT_CONTRAST).
    The label marks the positive pixels of faint tracks FAINT_LABEL."""
    import geopandas as gpd
    import rasterio
    from scipy import ndimage

    samples = []
    for seed in seeds:
        folder = os.path.join(workdir, f"scene_{seed}")
        truth = gpd.read_file(os.path.join(folder, "scene.gpkg"), layer="truth_tracks")
        faint = truth[truth["contrast"] < FAINT_CONTRAST]
        with rasterio.open(os.path.join(folder, "after.tif")) as src:
            transform = src.transform  # both dates share the grid
        with np.load(os.path.join(workdir, f"seed_{seed}.npz")) as data:
            for date, x, y in (("after", data["xa"], data["la"]), ("before", data["xb"], data["lb"])):
                faint_pixels = _track_pixels(faint[faint[f"in_{date}"] == 1], y.shape, transform)
                y = np.where((y == 1) & ndimage.binary_dilation(faint_pixels), FAINT_LABEL, y).astype(np.uint8)
                lattice = _positive(y[::4, ::4])
                samples.append((x, y, 4 * np.argwhere(lattice), 4 * np.argwhere(lattice & faint_pixels[::4, ::4])))
    return samples


def _line_distance(rr, cc, p0, angle, bend):
    """Distance (px) of every pixel to a gently curved infinite line through ``p0``."""
    u = np.array([np.cos(angle), np.sin(angle)])
    along = (rr - p0[0]) * u[0] + (cc - p0[1]) * u[1]
    across = (rr - p0[0]) * u[1] - (cc - p0[1]) * u[0]
    return across - bend * along ** 2


def synthetic_crop(rng, size=CROP_PX):
    """A crop of the look-alikes the issue names, drawn independently of the scene generator.

    Noise and texture, plus one to three of: periodic parallel crests (8-40 px apart, straight or
    sinuous, optionally with dark slip faces), a sharp or smooth step edge (wadi bank, field edge),
    dark ragged outcrops, small dark vegetation blobs, a large bright or dark region; and in half
    of the crops 1-2 tracks (1-3 px, 1.5-8 % contrast, either polarity) crossing them or ending
    among them, labelled 1.
    Returns the network input and the label.
    """
    from scipy import ndimage, special

    rr, cc = np.mgrid[0:size, 0:size].astype(np.float32)
    base = rng.uniform(800, 3000)
    image = np.full((size, size), base, np.float32)
    image += rng.normal(0, rng.uniform(0.002, 0.012) * base, (size, size)).astype(np.float32)
    if rng.random() < 0.5:
        texture = ndimage.gaussian_filter(rng.standard_normal((size, size)).astype(np.float32), rng.uniform(1, 6))
        image += texture / max(texture.std(), 1e-6) * rng.uniform(0.002, 0.02) * base
    kinds = rng.choice(["crests", "edge", "outcrops", "blobs", "region"], size=int(rng.integers(1, 4)),
                       replace=False)
    for kind in kinds:
        if kind == "crests":
            angle, spacing = rng.uniform(0, np.pi), rng.uniform(8, 40)
            wobble = rng.uniform(0, 6) * np.sin(rr / rng.uniform(20, 80) + rng.uniform(0, 6))
            phase = (((cc * np.cos(angle) + rr * np.sin(angle) + wobble) / spacing) % 1.0)
            half_width = rng.uniform(0.5, 2.0) / spacing
            image += rng.uniform(0.02, 0.08) * base * np.clip(1 - np.abs(phase - 0.5) / half_width, 0, 1)
            if rng.random() < 0.5:
                image -= rng.uniform(0.02, 0.07) * base * ((phase > 0.5 + half_width) & (phase < rng.uniform(0.7, 0.9)))
        elif kind == "edge":
            distance = _line_distance(rr, cc, rng.uniform(0, size, 2), rng.uniform(0, np.pi), rng.uniform(-2e-3, 2e-3))
            step = rng.uniform(0.03, 0.2) * base * rng.choice([-1, 1])
            image += step * special.expit(distance / rng.uniform(0.3, 4))
        elif kind == "outcrops":
            for _ in range(int(rng.integers(1, 4))):
                r, c, radius = rng.uniform(0, size), rng.uniform(0, size), rng.uniform(10, 45)
                dist = np.hypot(rr - r, cc - c) + rng.uniform(2, 8) * np.sin(np.arctan2(rr - r, cc - c) * rng.integers(3, 8))
                inside = dist < radius
                image[inside] = base * rng.uniform(0.3, 0.7) + rng.normal(0, 0.015 * base, int(inside.sum()))
        elif kind == "blobs":
            for r, c in rng.uniform(0, size, (int(rng.integers(5, 30)), 2)):
                image[np.hypot(rr - r, cc - c) < rng.uniform(1.5, 5)] -= rng.uniform(0.05, 0.25) * base
        else:
            distance = np.hypot(rr - rng.uniform(0, size), cc - rng.uniform(0, size)) - rng.uniform(20, 80)
            image += rng.uniform(0.05, 0.3) * base * rng.choice([-1, 1]) * special.expit(-distance / rng.uniform(0.5, 3))
    label = np.zeros((size, size), np.uint8)
    if rng.random() < 0.5:
        for _ in range(int(rng.integers(1, 3))):
            p0, angle = rng.uniform(0, size, 2), rng.uniform(0, np.pi)
            distance = np.abs(_line_distance(rr, cc, p0, angle, rng.uniform(-2e-3, 2e-3)))
            if rng.random() < 0.4:
                # a track that starts or ends inside the crop: nothing beyond its end
                along = (rr - p0[0]) * np.cos(angle) + (cc - p0[1]) * np.sin(angle)
                distance = np.where(along < 0, np.hypot(distance, along), distance)
            width = rng.uniform(1, 3)
            profile = np.exp(-0.5 * (distance / (width / 2.355)) ** 2)
            contrast = np.exp(rng.uniform(np.log(FAINTEST_DRAWN), np.log(0.08)))
            image += rng.choice([-1, 1]) * contrast * base * profile
            positive = FAINT_LABEL if contrast < FAINT_CONTRAST else 1
            label = np.maximum(label, np.where(distance <= POSITIVE_PX, positive, 0).astype(np.uint8))
            label[(distance > POSITIVE_PX) & (distance <= IGNORE_PX) & (label == 0)] = 255
    image = np.maximum(image, 1.0)
    return track_model.model_input(image, np.ones(image.shape, bool)), label


def random_batch(rng, samples, synthetic_share=SYNTHETIC_SHARE, crop=CROP_PX, batch=BATCH,
                 faint_share=FAINT_SHARE, real=(), real_share=REAL_SHARE):
    xs, ys = [], []
    for _ in range(batch):
        draw = rng.random()
        if real and draw < real_share:
            # every set as often, whatever its image count (one set drawn, then one of its images;
            # track_model_real.npz was trained before this fix, with a set drawn per image: images
            # weighted alike, so sets by their image count)
            chosen_set = REAL_SET_NAMES[rng.integers(len(REAL_SET_NAMES))]
            of_set = [sample for sample in real if sample[0] == chosen_set]
            x, y = _random_orientation(rng, *augmented_real_crop(rng, of_set[rng.integers(len(of_set))], crop))
            xs.append(x)
            ys.append(y)
            continue
        if draw < real_share + synthetic_share:
            x, y = synthetic_crop(rng, crop)
            xs.append(x)
            ys.append(y)
            continue
        x, y, positives, faint = samples[rng.integers(len(samples))]
        rows, cols = y.shape
        if rng.random() < 0.5 and len(positives):
            if len(faint) and rng.random() < faint_share:
                positives = faint
            r, c = positives[rng.integers(len(positives))]
            r = int(np.clip(r - crop // 2 + rng.integers(-32, 33), 0, rows - crop))
            c = int(np.clip(c - crop // 2 + rng.integers(-32, 33), 0, cols - crop))
        else:
            r, c = rng.integers(0, rows - crop), rng.integers(0, cols - crop)
        xc = x[:, r:r + crop, c:c + crop].astype(np.float32)
        yc = y[r:r + crop, c:c + crop].copy()
        if rng.random() < 0.15:
            # nodata stripe (any orientation after the rotation below): no track along it, and
            # tracks within 3 px of it are not asked for
            a, b = sorted(rng.integers(0, crop, 2))
            b = min(crop, a + max(b - a, 4))
            xc[:, a:b] = 0.0
            band = yc[max(0, a - 3):b + 3]
            band[_positive(band)] = 255
            yc[a:b] = 0
        xc, yc = _random_orientation(rng, xc, yc)
        xs.append(xc)
        ys.append(yc)
    return np.stack(xs), np.stack(ys)


def _random_orientation(rng, x, y):
    """Network input ``x`` (channels, h, w) and label ``y`` (h, w) turned by a random multiple of
    90 degrees and mirrored half the time (contiguous copies)."""
    k = int(rng.integers(4))
    x, y = np.rot90(x, k, axes=(1, 2)), np.rot90(y, k)
    if rng.random() < 0.5:
        x, y = x[:, :, ::-1], y[:, ::-1]
    return np.ascontiguousarray(x), np.ascontiguousarray(y)


def pixel_scores(prob, label):
    use = label != 255
    pred, truth = (prob >= 0.5) & use, _positive(label)
    tp = float((pred & truth).sum())
    return tp / max(pred.sum(), 1), tp / max(truth.sum(), 1)


def train(workdir, steps, output, init=None, learning_rate=LEARNING_RATE, seed=0, synthetic_share=SYNTHETIC_SHARE,
          crop=CROP_PX, batch=BATCH, faint_share=FAINT_SHARE, faint_weight=FAINT_WEIGHT, with_added_level=False,
          real_share=REAL_SHARE, threads=None):
    import torch

    if threads:
        torch.set_num_threads(threads)
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    samples = load_samples(workdir, [s for s in TRAIN_SEEDS if os.path.exists(os.path.join(workdir, f"seed_{s}.npz"))])
    real = real_samples(workdir) if real_share > 0 else []
    xv, yv = load_samples(workdir, [VALIDATION_SEED])[0][:2]
    xv, yv = xv[:, 512:1536, 512:1536].astype(np.float32), yv[512:1536, 512:1536]
    initial = track_model.load_weights(init) if init else None
    if with_added_level:
        initial = add_level(initial)
    net = build_network(torch, init_channels(initial) if init else CHANNELS)
    if init:
        net.load_numpy_weights(initial, torch)
    optimiser = torch.optim.Adam(net.parameters(), lr=learning_rate)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=learning_rate, total_steps=steps)
    weight = torch.tensor(POSITIVE_WEIGHT)
    started = time.time()
    for step in range(1, steps + 1):
        x, y = random_batch(rng, samples, synthetic_share, crop, batch, faint_share, real, real_share)
        x, y = torch.from_numpy(x), torch.from_numpy(y.astype(np.int64))
        logit = net(x)
        use = (y != 255).float()
        target = _positive(y).float()
        emphasis = use * (1 + (faint_weight - 1) * (y == FAINT_LABEL).float())
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logit, target, pos_weight=weight,
                                                                    weight=emphasis, reduction="sum") / use.sum()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        schedule.step()
        if step % 250 == 0 or step == steps:
            with torch.no_grad():
                prob = torch.sigmoid(net(torch.from_numpy(xv[None]))[0]).numpy()
            precision, recall = pixel_scores(prob, yv)
            print(f"step {step}: loss {loss.item():.4f}, validation pixel precision {precision:.3f} "
                  f"recall {recall:.3f}, {time.time() - started:.0f} s", flush=True)
            np.savez(output, **net.numpy_weights())
    weights = net.numpy_weights()
    check = xv[:, :256, :256]
    with torch.no_grad():
        expected = net(torch.from_numpy(check[None].copy()))[0].numpy()
    got = track_model.forward(np.ascontiguousarray(check), weights)
    assert np.allclose(expected, got, atol=1e-3), float(np.abs(expected - got).max())
    np.savez(output, **weights)
    print(f"wrote {output}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=("data", "train"))
    parser.add_argument("--workdir", default="/tmp/fbtrain")
    parser.add_argument("--steps", type=int, default=STEPS)
    parser.add_argument("--output", default=track_model.WEIGHTS)
    parser.add_argument("--init", help="weights (.npz) to continue training from")
    parser.add_argument("--learning-rate", type=float, default=LEARNING_RATE)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--synthetic-share", type=float, default=SYNTHETIC_SHARE)
    parser.add_argument("--crop", type=int, default=CROP_PX, help="crop side (px); at least the receptive field")
    parser.add_argument("--batch", type=int, default=BATCH)
    parser.add_argument("--add-level", action="store_true",
                        help="add a pooling level to the --init weights before training")
    parser.add_argument("--faint-share", type=float, default=FAINT_SHARE,
                        help="share of the track-centred scene crops centred on a faint track")
    parser.add_argument("--real-share", type=float, default=REAL_SHARE,
                        help="share of the crops drawn from the real road images trained on")
    parser.add_argument("--threads", type=int, default=None, help="torch threads")
    parser.add_argument("--scene-count", type=int, default=len(TRAIN_SEEDS),
                        help="data: render only the first this many training seeds")
    parser.add_argument("--faint-weight", type=float, default=FAINT_WEIGHT,
                        help="loss weight of a faint track's positive pixel relative to another's")
    args = parser.parse_args()
    if args.command == "data":
        make_data(args.workdir, list(TRAIN_SEEDS)[:args.scene_count])
    else:
        train(args.workdir, args.steps, args.output, args.init, args.learning_rate, args.seed,
              args.synthetic_share, args.crop, args.batch, args.faint_share, args.faint_weight,
              with_added_level=args.add_level, real_share=args.real_share, threads=args.threads)


if __name__ == "__main__":
    main()
