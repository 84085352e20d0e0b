"""The lab's runner of the newcomer's notebook (pitfalls.Run.trainer). Apart from
``newcomer`` (the notebook's settings and findings, no PyTorch) so that listing the lab's
experiments imports no PyTorch, and apart from ``newcomer_keras`` (the replay itself) so that
neither imports the other."""

from __future__ import annotations

from dataclasses import dataclass, field

from bnn_gui.core.runs.newcomer import Notebook


@dataclass
class NotebookRun:
    """A lab run's trainer (pitfalls.Run.trainer): called as ``training.train`` is."""

    notebook: Notebook = field(default_factory=Notebook)

    def __call__(self, model_cfg, train_cfg, data, should_stop=None, device=None, **_):
        from bnn_gui.core.runs.newcomer_keras import replay  # PyTorch: only when a run starts

        return replay(self.notebook, train_cfg, data, should_stop)  # on the CPU, as written
