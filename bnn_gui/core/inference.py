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

from .preprocess import BRUSH, preprocess_image, preprocess_strokes


@dataclass
class LayerReading:
    """One hidden layer on one digit. ``bits``: ±1 (int8) for binary layers, else the real
    activation; ``pre``: the value before the activation (BatchNorm's output). Conv layers are
    (C, H, W), dense layers (D,)."""

    name: str
    kind: str
    binary: bool
    bits: np.ndarray
    pre: np.ndarray


@dataclass
class Reading:
    """What the network made of one drawing. ``digit`` is None for a blank drawing."""

    digit: int | None
    probabilities: np.ndarray  # (10,), sums to 1 (zeros for a blank drawing)
    input: np.ndarray | None  # the 28x28 the network read, pixels in [0, 1]
    input_bits: np.ndarray | None = None  # its ±1 form when the first layer binarises its input
    layers: list[LayerReading] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return 0.0 if self.digit is None else float(self.probabilities[self.digit])


BLANK = Reading(None, np.zeros(10, np.float32), None)


class Model:
    """A loaded network with the reading pipeline around it (see the module docs)."""

    def __init__(self, net, model_file):
        self.net = net.eval()
        self.file = model_file
        self.config = model_file.config

    @property
    def name(self) -> str:
        return self.file.path.stem

    @property
    def test_accuracy(self) -> float | None:
        return self.file.test_accuracy

    def read(self, image28: np.ndarray | None) -> Reading:
        """Run the network on an MNIST-like 28x28 (pixels in [0, 1]); None reads as blank."""
        return read_net(self.net, image28)

    def classify_image(self, image: np.ndarray) -> Reading:
        """Any size, greyscale or RGB(A), values 0..1 or 0..255, dark or light background."""
        return self.read(preprocess_image(image))

    def classify_strokes(self, strokes, brush: float = BRUSH) -> Reading:
        """A list of strokes, each a sequence of (x, y) in any frame with y pointing down."""
        return self.read(preprocess_strokes(strokes, brush))

    def __repr__(self) -> str:
        acc = f", test accuracy {100 * self.test_accuracy:.2f}%" if self.test_accuracy else ""
        return f"<bnn_gui Model {self.name!r} ({self.config.name}{acc})>"


def read_net(net, image28: np.ndarray | None) -> Reading:
    """The Reading of a bare network (a BinaryNet, e.g. one in training) of a 28x28."""
    if image28 is None:
        return BLANK
    import torch

    from .models import forward_with_activations

    x = torch.from_numpy(np.ascontiguousarray(image28, np.float32)).reshape(1, 28, 28)
    logits, acts = forward_with_activations(net, x)
    probs = torch.softmax(logits[0].double(), 0).numpy().astype(np.float32)
    layers = [LayerReading(a.name, a.kind, a.binary,
                           a.post[0].numpy().astype(np.int8 if a.binary else np.float32),
                           a.pre[0].numpy()) for a in acts]
    bits = np.where(image28 >= 0.5, 1, -1).astype(np.int8) if net.config.binarize_input else None
    return Reading(int(probs.argmax()), probs, np.asarray(image28, np.float32), bits, layers)


def load_model(path_or_name: str | os.PathLike | None = None) -> Model:
    """Load a model file, or a shipped or user model by name (default: the shipped bnn-cnn)."""
    from .checkpoint import load

    net, mf = load(path_or_name)
    return Model(net, mf)
