"""Re-save the shipped models with their packed 1-bit form inside (binary ones) and their test
accuracy measured again with the current code, so the window runs them without PyTorch.

    python benchmarks/pack_shipped.py [trained/*.safetensors]
"""

import sys
from pathlib import Path

from bnn_gui.core.nets import checkpoint
from bnn_gui.core.runs.data import load_mnist
from bnn_gui.core.runs.training import accuracy, to_tensors


def main(paths):
    ds = load_mnist()
    x, y = to_tensors(ds.test_x, ds.test_y)
    for path in paths:
        net, mf = checkpoint.load_net(path)
        acc = accuracy(net, x, y)
        metrics = dict(mf.metrics, test_accuracy=acc)
        md5 = checkpoint.json.loads(mf.meta.get("mnist_md5") or "{}")
        checkpoint.save(path, net, mf.train_config, metrics, md5, mf.recipe)
        packed = checkpoint.read_model_file(path).has_packed
        print(f"{path}: test accuracy {100 * acc:.2f}% (was {100 * mf.test_accuracy:.2f}%), "
              f"packed form: {'yes' if packed else 'no (not all-binary)'}")


if __name__ == "__main__":
    main(sys.argv[1:] or sorted(str(p) for p in Path("trained").glob("*.safetensors")))
