"""Reading digits: an image or strokes -> the answer, ten probabilities and every layer's ±1 map.

This is both the live path of the window and the scripting API::

    from bnn_gui import load_model
    model = load_model()                      # the shipped default model (bnn-cnn)
    r = model.classify_strokes([[(0, 0), (0, 50)]])
    r.digit, r.probabilities, r.layers[0].bits
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np

from bnn_gui.core.engine.geometry import pixel_signs
from bnn_gui.core.live.preprocess import BRUSH, preprocess_image, preprocess_strokes
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP


@dataclass
class LayerReading:
    """One hidden layer on one digit. ``bits``: ±1 (int8) for binary layers, else the real
    activation; ``pre``: the value the sign reads (bit = +1 iff pre >= 0): BatchNorm's output
    (PyTorch engine) or the integer margin dot - threshold (packed engine). Conv layers are
    (C, H, W), dense layers (D,)."""

    name: str
    kind: str
    binary: bool
    bits: np.ndarray
    pre: np.ndarray
    pre_meaning: str = "BatchNorm output"
    levels: int = 2  # values an activation can take: 2 (±1), 3 (ternary), 4, 16, 256; 0: real


@dataclass
class Reading:
    """What the network made of one drawing. ``digit`` is None for a blank drawing."""

    digit: int | None
    probabilities: np.ndarray  # (10,), sums to 1 (zeros for a blank drawing)
    input: np.ndarray | None  # the 28x28 the network read, pixels in [0, 1]
    input_bits: np.ndarray | None = None  # its ±1 form when the first layer binarises its input
    layers: list[LayerReading] = field(default_factory=list)
    # the packed engine's own per-layer results (bits, dots), kept so that "Inside one neuron"
    # traces a unit of this reading without running the network again
    engine_readings: list | None = field(default=None, repr=False)
    scores: np.ndarray | None = None  # (10,): what the answer is the largest of
    score_meaning: str = "logits"  # or "agreeing − disagreeing bits" (binary output layers)
    # the live session's stroke_flips.FlipReport: what the stroke being drawn changed
    flips: object = field(default=None, repr=False)

    @property
    def confidence(self) -> float:
        return 0.0 if self.digit is None else float(self.probabilities[self.digit])


BLANK = Reading(None, np.zeros(10, np.float32), None)


class Model:
    """A loaded network with the reading pipeline around it (see the module docs).

    ``engine`` is "packed" when the 1-bit engine (numpy, XNOR-popcount) reads the digits, which
    it does for every all-binary model; otherwise "torch". Both give the same bits and answers.
    """

    def __init__(self, model_file, net=None, packed=None):
        self.file = model_file
        self.config = model_file.config
        self.packed = packed
        self._net = net.eval() if net is not None else None

    @property
    def engine(self) -> str:
        return "packed" if self.packed is not None else "torch"

    @property
    def net(self):
        """The PyTorch network (loaded on first use when the packed engine reads the digits)."""
        if self._net is None:
            from bnn_gui.core.nets.checkpoint import load_net

            self._net, _ = load_net(self.file.path)
        return self._net

    @property
    def name(self) -> str:
        return self.file.path.stem

    @property
    def test_accuracy(self) -> float | None:
        return self.file.test_accuracy

    def read(self, image28: np.ndarray | None) -> Reading:
        """Run the network on an MNIST-like 28x28 (pixels in [0, 1]); None reads as blank."""
        if self.packed is not None:
            return read_packed(self.packed, image28)
        return read_net(self.net, image28)

    def classify_image(self, image: np.ndarray) -> Reading:
        """Any size, greyscale or RGB(A), values 0..1 or 0..255, dark or light background."""
        return self.read(preprocess_image(image))

    def classify_strokes(self, strokes, brush: float = BRUSH) -> Reading:
        """A list of strokes, each a sequence of (x, y) in any frame with y pointing down."""
        return self.read(preprocess_strokes(strokes, brush))

    def __repr__(self) -> str:
        acc = f", test accuracy {100 * self.test_accuracy:.2f}%" if self.test_accuracy else ""
        return f"<bnn_gui Model {self.name!r} ({self.config.name}{acc}, {self.engine} engine)>"


def _softmax(logits: np.ndarray) -> np.ndarray:
    z = logits.astype(np.float64) - logits.max()
    e = np.exp(z)
    return (e / e.sum()).astype(np.float32)


def read_packed(packed, image28: np.ndarray | None) -> Reading:
    """The Reading of a PackedNet (1-bit engine) of a 28x28."""
    if image28 is None:
        return BLANK
    x = np.asarray(image28, np.float32)
    logits, readings = packed.forward(x[None], record=True)
    probs = _softmax(logits[0])
    layers = [LayerReading(r.name, r.kind, True, np.where(r.bits[0], 1, -1).astype(np.int8),
                           r.margin[0].astype(np.float32), "dot - threshold") for r in readings]
    bits = pixel_signs(x) if packed.binarize_input else None
    last = readings[-1].bits if readings else x[None]
    scores = packed.output_dots(last)[0]
    return Reading(int(probs.argmax()), probs, x, bits, layers, readings, scores,
                   "agreeing − disagreeing bits")


def read_net(net, image28: np.ndarray | None) -> Reading:
    """The Reading of a bare network (a BinaryNet, e.g. one in training) of a 28x28."""
    if image28 is None:
        return BLANK
    import torch

    from bnn_gui.core.nets.models import forward_with_activations

    x = torch.from_numpy(np.ascontiguousarray(image28, np.float32)).reshape(1, 28, 28)
    x = x.to(next(net.parameters()).device)  # a network training on a GPU reads there
    logits, acts = forward_with_activations(net, x)
    logits, acts = logits.cpu(), [a.to_cpu() for a in acts]
    probs = torch.softmax(logits[0].double(), 0).numpy().astype(np.float32)
    layers = [LayerReading(a.name, a.kind, a.binary,
                           a.post[0].numpy().astype(np.int8 if a.binary else np.float32),
                           a.pre[0].numpy(), levels=a.levels) for a in acts]
    bits = pixel_signs(image28) if net.config.binarize_input else None
    return Reading(int(probs.argmax()), probs, np.asarray(image28, np.float32), bits, layers,
                   scores=logits[0].double().numpy())


def load_model(path_or_name: str | os.PathLike | None = None, engine: str = "auto") -> Model:
    """Load a model file, or a shipped or user model by name (default: the shipped bnn-cnn).

    ``engine``: "auto" (the packed 1-bit engine where the file carries it, else PyTorch),
    "packed" (an error if the model has no packed form) or "torch"."""
    from bnn_gui.core.nets.checkpoint import ModelFileError, load_net, read_model_file, resolve
    from bnn_gui.core.torch_import import import_torch

    if engine not in ("auto", "packed", "torch"):
        raise ValueError(f"engine must be 'auto', 'packed' or 'torch', not {engine!r}")
    if engine != "torch":
        mf = read_model_file(resolve(path_or_name))
        packed = mf.packed()
        if packed is not None:
            return Model(mf, packed=packed)
        if engine == "packed":
            raise ModelFileError(
                QT_TRANSLATE_NOOP("errors", "{path}: has no packed 1-bit form (only all-binary "
                                  "networks have one)"),
                path=mf.path)
    import_torch()  # a background load must not hold the window up while torch loads
    net, mf = load_net(path_or_name)
    return Model(mf, net=net)
