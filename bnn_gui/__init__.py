"""bnn-gui: draw a digit and watch a binarized neural network read it.

Scripting API (no Qt needed)::

    from bnn_gui import load_model
    model = load_model()              # shipped default; or a name ("bnn-mlp") or a file path
    reading = model.classify_image(array)       # any size, 0..1 or 0..255, dark or light ink
    reading = model.classify_strokes(strokes)   # [[(x, y), ...], ...], y pointing down
    reading.digit, reading.probabilities, reading.layers
"""

__version__ = "0.1.0"


def load_model(path_or_name=None, engine: str = "auto"):
    """See :func:`bnn_gui.core.inference.load_model` (imported lazily: keeps start-up light).
    ``engine``: "auto", "packed" or "torch"."""
    from .core.inference import load_model as _load

    return _load(path_or_name, engine=engine)


__all__ = ["load_model", "__version__"]
