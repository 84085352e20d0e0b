"""The live path's raster: drawn one segment at a time it equals a full render, and the fast
full render equals the plain formula."""

import math

import numpy as np

from bnn_gui.core.live.drawing import MIN_EXTENT, Drawing
from bnn_gui.research.handwriting import draw_digit
from bnn_gui.core.live.preprocess import preprocess_strokes
from bnn_gui.core.live.raster import (IncrementalRaster, frame_of, rasterize_strokes,
                                 stroke_segments, subdivide)


def plain_raster(strokes, brush, min_extent):
    """The formula written plainly: every piece's w x w window, every pixel, max-composited."""
    pts = [np.asarray(s, float).reshape(-1, 2) for s in strokes if len(s)]
    allp = np.concatenate(pts)
    hi = allp.max(0)
    frame = frame_of(allp.min(0), hi, brush, min_extent)
    img = np.zeros(frame.size(hi), np.float32)
    pieces = subdivide(np.concatenate([stroke_segments(frame.to_raster(p), True) for p in pts]))
    r = frame.radius
    w = int(math.ceil(2 * r + 4)) + 2
    for a, b in pieces:
        x0, y0 = np.floor(np.minimum(a, b) - r - 1).astype(int)
        ys, xs = np.mgrid[y0: y0 + w, x0: x0 + w]
        d = b - a
        t = np.clip(((xs + 0.5 - a[0]) * d[0] + (ys + 0.5 - a[1]) * d[1])
                    / max(d @ d, 1e-12), 0, 1)
        dist = np.hypot(xs + 0.5 - (a[0] + t * d[0]), ys + 0.5 - (a[1] + t * d[1]))
        val = np.clip(r + 0.5 - dist, 0, 1).astype(np.float32)
        ok = (xs >= 0) & (ys >= 0) & (xs < img.shape[1]) & (ys < img.shape[0])
        np.maximum.at(img, (ys[ok], xs[ok]), val[ok])
    return img


def test_fast_full_render_equals_the_plain_formula():
    rng = np.random.default_rng(3)
    for _ in range(25):
        strokes = draw_digit(int(rng.integers(10)), rng, (500, 500), (20, 480))
        brush = float(rng.uniform(0.05, 0.3))
        fast, plain = rasterize_strokes(strokes, brush, 25), plain_raster(strokes, brush, 25)
        assert fast.shape == plain.shape
        np.testing.assert_allclose(fast, plain, atol=2e-6)  # sqrt vs hypot: last bit at most


def test_one_segment_at_a_time_equals_a_full_render_at_every_point():
    rng = np.random.default_rng(4)
    raster, strokes = IncrementalRaster(0.12, 25), []
    for _ in range(20):
        for s in draw_digit(int(rng.integers(10)), rng, (500, 500), (20, 480)):
            strokes.append([])
            for p in s:
                strokes[-1].append(tuple(p))
                assert np.array_equal(raster.update(strokes), rasterize_strokes(strokes, 0.12, 25))
        raster.reset()
        strokes = []


def test_the_live_drawing_reads_exactly_as_the_scripting_api(tmp_path):
    """A few hundred random drawings through the live path (incremental), with undo, redo,
    erasing, clearing and a growing box, against a full re-render at every step."""
    rng = np.random.default_rng(5)
    d = Drawing()
    steps = 0
    for n in range(300):
        if rng.random() < 0.3:
            d.clear()
        for s in draw_digit(int(rng.integers(10)), rng, (500, 500), (15, 480)):
            s = s + rng.uniform(-200, 200, 2)  # sometimes beyond the last drawing's box
            d.begin_stroke(*s[0])
            for p in s[1:: max(1, len(s) // 12)]:
                d.extend_stroke(*p)
                steps += 1
                if steps % 7 == 0:  # check often, not at every point (time)
                    want = preprocess_strokes(d.all_strokes(), d.brush, MIN_EXTENT)
                    assert np.array_equal(d.input28(), want)
            d.end_stroke()
        action = rng.integers(6)
        if action == 0:
            d.undo()
        elif action == 1:
            d.undo()
            d.redo()
        elif action == 2 and d.strokes:
            x, y = d.strokes[0][len(d.strokes[0]) // 2]
            d.begin_erase()
            assert d.erase_at(x, y, 1.0)
            d.end_erase()
        elif action == 3:
            d.set_brush(float(rng.uniform(0.06, 0.25)))
        want = preprocess_strokes(d.all_strokes(), d.brush, MIN_EXTENT) if d.all_strokes() \
            else None
        got = d.input28()
        assert (got is None and want is None) or np.array_equal(got, want)
    assert steps > 2000


def test_raster_memory_is_bounded_by_chunks():
    """20,000 points at the largest brush: drawn in bounded chunks, not one huge array."""
    import tracemalloc

    t = np.linspace(0, 40 * np.pi, 20_000)
    stroke = np.stack([250 + 200 * np.cos(t), 250 + 200 * np.sin(t * 1.01)], 1)
    tracemalloc.start()
    img = rasterize_strokes([stroke], 0.3, 25)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert img.max() == 1.0
    assert peak < 200e6, f"{peak / 1e6:.0f} MB"
