"""Readable default lengths derived from the size of the data (no qgis import).

The segment length and a team's reach depend on how long the border is: a fixed 2 km cuts a
1.8 km training border into nothing and a 5 km border into two segments, leaving nothing to
rank. These helpers choose lengths that give enough segments and read well on a map.
"""
import math

#: at least this many segments along a border when the segment length is derived
MIN_SEGMENTS = 10
#: derived segments are never longer than this (metres): longer ones hide where the evidence is
MAX_SEGMENT_LENGTH_M = 2000.0
#: nor shorter than this (metres): below it a segment is finer than the evidence
MIN_SEGMENT_LENGTH_M = 20.0
#: a team's derived reach each way, in segment lengths (the plugin's 5 km for 2 km segments)
REACH_IN_SEGMENTS = 2.5
#: mantissas of a readable length: 1, 2, 2.5 or 5 × a power of ten
READABLE_STEPS = (1.0, 2.0, 2.5, 5.0)


def readable_length(length_m):
    """The largest readable length (1, 2, 2.5 or 5 × 10^k metres) not above ``length_m`` (> 0)."""
    if not length_m > 0 or not math.isfinite(length_m):
        raise ValueError(f"A length must be a positive number of metres, not {length_m}.")
    power = 10.0 ** math.floor(math.log10(length_m))
    return max(step * power for step in READABLE_STEPS if step * power <= length_m * (1 + 1e-9))


def derived_segment_length(border_length_m):
    """Segment length (m) that cuts a border of ``border_length_m`` metres into ≥ MIN_SEGMENTS segments.

    Readable (see :func:`readable_length`), at most MAX_SEGMENT_LENGTH_M, at least
    MIN_SEGMENT_LENGTH_M (a border shorter than MIN_SEGMENTS × that has fewer segments).
    """
    if not border_length_m > 0:
        raise ValueError("The border has no length: check that the border layer holds lines.")
    target = border_length_m / MIN_SEGMENTS
    return min(MAX_SEGMENT_LENGTH_M, max(MIN_SEGMENT_LENGTH_M, readable_length(target)))


def derived_reach(segment_length_m):
    """A team's reach each way along the border (m) for segments of ``segment_length_m`` metres."""
    return readable_length(REACH_IN_SEGMENTS * segment_length_m)


#: the evidence corridor on a scene is this share of the image's shorter side, each way
SCENE_CORRIDOR_SHARE = 1.0 / 3.0


def scene_lengths(border_length_m, scene_side_m):
    """Segment length, reach and corridor half-width (m) that fit a scene ``scene_side_m`` metres across.

    On a small scene the plugin's 5 km corridor holds every incident for every segment, so the
    risk to patrols is the same everywhere; a third of the scene keeps it local.

    Returns
    -------
    dict
        ``SEGMENT_LENGTH_M``, ``REACH_M``, ``CORRIDOR_M`` in metres.
    """
    segment = derived_segment_length(border_length_m)
    return {"SEGMENT_LENGTH_M": segment, "REACH_M": derived_reach(segment),
            "CORRIDOR_M": readable_length(scene_side_m * SCENE_CORRIDOR_SHARE)}
