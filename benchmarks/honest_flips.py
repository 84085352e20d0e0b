"""Honest flips, measured: for strokes added to a drawing, how many conv1 bits flipped in all
(what the maps marked before), how many the stroke's own ink flipped (what they mark now), how
many the re-framing alone flipped, and how many conv1 units have a window the new ink touches
(the most the stroke itself can flip). Prints a Markdown table.

    python benchmarks/honest_flips.py [MODEL]          (default bnn-cnn)
"""

from __future__ import annotations

import sys

import numpy as np

from bnn_gui import load_model
from bnn_gui.core.live.live_session import LiveSession
from bnn_gui.core.live.receptive import receptive_field

# drawings in drawing units (the canvas's shorter side is 500), as strokes of (x, y)
SEVEN = [[(150 + i * 10, 100) for i in range(21)], [(350 - i * 5, 100 + i * 15) for i in range(1, 21)]]
CASES = [
    ("a crossbar inside a 7's box", SEVEN, [(220 + i * 8, 260) for i in range(16)]),
    ("a 4's second upright (past the box)",
     [[(200 - i * 6, 100 + i * 10) for i in range(16)], [(110 + i * 12, 250) for i in range(16)]],
     [(260, 80 + i * 12) for i in range(26)]),
    ("a 1's base (as wide as its height allows)", [[(250, 100 + i * 10) for i in range(30)]],
     [(215 + i * 7, 390) for i in range(11)]),
    ("a 7 becomes a 9: a loop on the left", SEVEN,
     [(300 + 60 * np.cos(t) - 60, 160 + 50 * np.sin(t)) for t in np.linspace(0, 2 * np.pi, 30)]),
]


def draw(session, strokes) -> None:
    d = session.drawing
    for s in strokes:
        d.begin_stroke(*s[0])
        session.read()
        for p in s[1:]:
            d.extend_stroke(*p)
            session.read()
        d.end_stroke()
    session.settle_flips()


def main(model_name: str = "bnn-cnn") -> None:
    model = load_model(model_name)
    print(f"{model_name}: conv1 bits flipped by one more stroke\n")
    print("| stroke | all flips (old marks) | the stroke's own (marked) | by re-framing "
          "(counted apart) | units whose window the ink touches | frame's move |")
    print("|---|---|---|---|---|---|")
    for name, before, stroke in CASES:
        s = LiveSession()
        s.set_model(model)
        draw(s, before)
        old = s.reading.layers[0].bits.copy()
        draw(s, [stroke])
        r = s.reading
        f = r.flips
        d = s.drawing
        ref_x = d.input28_in(d.input_frame(), d.strokes[:-1])
        inked = r.input != ref_x  # in one frame, the stroke's ink alone
        bits = r.layers[0].bits
        touched = 0
        for unit in np.ndindex(bits.shape):
            w = receptive_field(model.config, 0, unit).input
            touched += bool(inked[w.rows[0]:w.rows[1], w.cols[0]:w.cols[1]].any())
        own = bits != f.reference[0]
        outside = sum(not inked[(w := receptive_field(model.config, 0, u).input).rows[0]:
                                w.rows[1], w.cols[0]:w.cols[1]].any()
                      for u in zip(*np.nonzero(own)))
        assert outside == 0, f"{name}: {outside} marked flips outside the ink's windows"
        move = "none" if f.move is None else \
            f"{f.move[0]:+.1f} px down, {f.move[1]:+.1f} px right, ×{f.move[2]:.2f}"
        print(f"| {name} | {int((bits != old).sum())} | {f.by_stroke[0]} | {f.by_frame[0]} | "
              f"{touched} of {bits.size} | {move} |")


if __name__ == "__main__":
    main(*sys.argv[1:2])
