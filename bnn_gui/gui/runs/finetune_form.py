"""The fine-tune's own settings, beside the button that starts it: epochs, learning rate, the
share of your digits in the mix and how many MNIST digits keep it from forgetting. Checked by
FinetuneConfig.validate (the command line's check), so a bad value is refused here, in words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from bnn_gui.gui.messages import checked
from bnn_gui.config import ConfigError
from bnn_gui.core.runs.finetune import FinetuneConfig

# (FinetuneConfig field, label, parse, show, tooltip); the share is shown in percent
_FIELDS = [
    ("epochs", QT_TRANSLATE_NOOP("FinetuneForm", "Epochs"), int, str,
     QT_TRANSLATE_NOOP("FinetuneForm", "Passes over the mix of your digits and MNIST")),
    ("lr", QT_TRANSLATE_NOOP("FinetuneForm", "Learning rate"), float, lambda v: f"{v:g}",
     QT_TRANSLATE_NOOP("FinetuneForm", "Adam's starting rate, decayed to a tenth; small, to "
                                       "move the weights, not start over")),
    ("personal_share", QT_TRANSLATE_NOOP("FinetuneForm", "Your digits (%)"),
     lambda t: float(t) / 100, lambda v: f"{100 * v:g}",
     QT_TRANSLATE_NOOP("FinetuneForm", "The share of the mix that is varied copies of your "
                                       "digits")),
    ("mnist_samples", QT_TRANSLATE_NOOP("FinetuneForm", "MNIST digits"), int, str,
     QT_TRANSLATE_NOOP("FinetuneForm", "MNIST training digits mixed in so that it does not "
                                       "forget them")),
]


class FinetuneForm(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(3)
        defaults = FinetuneConfig()
        self.fields: dict[str, QLineEdit] = {}
        for key, label, _, show, tip in _FIELDS:
            edit = QLineEdit(show(getattr(defaults, key)))
            edit.setToolTip(tip)
            edit.textChanged.connect(self.changed)
            self.fields[key] = edit
            form.addRow(self.tr(label), edit)
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color: #ff6b6b")
        form.addRow(self.error_label)

    def config(self) -> FinetuneConfig:
        """The settings; raises ConfigError naming a value that cannot be used."""
        values = {}
        for key, label, parse, _, _ in _FIELDS:
            text = self.fields[key].text().strip()
            try:
                values[key] = parse(text)
            except (ValueError, OverflowError):
                raise ConfigError(self.tr("{0} = {1} is not a number").format(
                    self.tr(label).lower(), repr(text))) from None
        if "lr" in values:
            values["lr_end"] = values["lr"] / 10
        return FinetuneConfig().replace(**values)

    def check(self) -> bool:
        """Show why the values cannot be used (or nothing); True when they can."""
        return checked(self.config, self.error_label)

    def set_editable(self, editable: bool) -> None:
        for edit in self.fields.values():
            edit.setEnabled(editable)
