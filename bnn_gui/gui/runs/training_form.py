"""The training form: preset, binarisation, epochs, batch size, learning rate, seed.

Checked by the same validation the command line uses (TrainConfig.validate), so a value out of
range is refused here, with the same message, before anything starts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from bnn_gui.gui.messages import checked
from bnn_gui.config import PRESETS, QUICK_PRESET, ConfigError, quick_train, train_defaults

DEFAULT_PRESET = QUICK_PRESET
# Texts marked for translation here (QT_TRANSLATE_NOOP) and translated where they are shown.
WEIGHT_CHOICES = [
    (QT_TRANSLATE_NOOP("TrainingForm", "sign (deterministic)"), "det"),
    (QT_TRANSLATE_NOOP("TrainingForm", "stochastic: p(+1) = hard_sigmoid(w)"), "stoch")]
DEVICE_CHOICES = [
    (QT_TRANSLATE_NOOP("TrainingForm", "auto (a GPU if there is one)"), "auto"),
    (QT_TRANSLATE_NOOP("TrainingForm", "CPU"), "cpu"),
    (QT_TRANSLATE_NOOP("TrainingForm", "CUDA GPU"), "cuda"),
    (QT_TRANSLATE_NOOP("TrainingForm", "Apple GPU (MPS)"), "mps")]
_FIELDS = [  # (TrainConfig field, label, type, tooltip)
    ("epochs", QT_TRANSLATE_NOOP("TrainingForm", "Epochs"), int,
     QT_TRANSLATE_NOOP("TrainingForm", "Passes over the 60,000 training digits")),
    ("batch_size", QT_TRANSLATE_NOOP("TrainingForm", "Batch size"), int,
     QT_TRANSLATE_NOOP("TrainingForm", "Digits per optimiser step")),
    ("lr", QT_TRANSLATE_NOOP("TrainingForm", "Learning rate"), float,
     QT_TRANSLATE_NOOP("TrainingForm", "Adam's starting learning rate; it decays each epoch "
                                       "to the preset's final rate")),
    ("seed", QT_TRANSLATE_NOOP("TrainingForm", "Seed"), int,
     QT_TRANSLATE_NOOP("TrainingForm", "Same seed and thread count: the same network")),
]


# Each preset in a sentence or two, shown under the preset box (no command line needed).
PRESET_WORDS = {
    "bnn-mlp": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "The binarized network of Hubara et al. 2016: three layers of 1024 units whose "
        "weights and activations are all ±1, BatchNorm before every sign."),
    "bnn-quick": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "The window's quick run: bnn-mlp's binarized network at half width (3 x 512 ±1 "
        "units) with a one-cycle learning rate: past 97% on MNIST in about 10 s here, "
        "while you watch."),
    "bnn-cnn": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "A binarized conv net: 32, 64 and 128 binary 3x3 filters with ±1 maps and "
        "max-pooling, then 512 ±1 units. The shipped default: slow to train here."),
    "seed-mlp": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "The small 784-256-128-64-10 network a newcomer writes from the paper, done "
        "right (BatchNorm, no sign on the output): trains in seconds."),
    "binaryconnect-det": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "BinaryConnect (Courbariaux et al. 2015): ±1 weights (their sign) but real ReLU "
        "activations."),
    "binaryconnect-stoch": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "BinaryConnect with stochastic weights: +1 with probability hard_sigmoid(w / H) "
        "while training, the sign at test time."),
    "float-mlp": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "bnn-mlp's shape with real weights and ReLU: what the binary network is "
        "compared with."),
    "float-cnn": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "bnn-cnn's shape with real weights and ReLU: the conv net's float twin."),
    "antirectifier-mlp": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "A small float network with the Antirectifier activation (centred, normalised, "
        "[relu(x), relu(-x)]), for the lab's comparison."),
    "l2softmax-cnn": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "A float conv net whose features are scaled to a fixed length before the "
        "softmax (L2-constrained softmax)."),
    "xnor-mlp": QT_TRANSLATE_NOOP(
        "TrainingForm",
        "bnn-mlp with XNOR-Net's scaling: each unit's ±1 weights times their mean "
        "absolute value."),
}


class TrainingForm(QWidget):
    changed = Signal()  # a value changed: check it again
    submitted = Signal()  # Enter in a field

    def __init__(self, parent=None):
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.preset_box = QComboBox()
        for name, cfg in PRESETS.items():
            self.preset_box.addItem(name)
            self.preset_box.setItemData(self.preset_box.count() - 1, cfg.description,
                                        Qt.ItemDataRole.ToolTipRole)
        self.preset_box.setCurrentText(DEFAULT_PRESET)
        self.preset_box.setToolTip(self.tr("The network to train; what it is is said under it"))
        self.preset_box.currentTextChanged.connect(self._on_preset_changed)
        form.addRow(self.tr("Preset"), self.preset_box)
        self.preset_words = QLabel(wordWrap=True)
        self.preset_words.setStyleSheet("color: #a8a8a8")
        form.addRow(self.preset_words)
        self.weights_box = QComboBox()
        for text, mode in WEIGHT_CHOICES:
            self.weights_box.addItem(self.tr(text), mode)
        self.weights_box.setToolTip(self.tr("How latent weights become ±1 in training (test "
                                            "time: sign)"))
        form.addRow(self.tr("Binarisation"), self.weights_box)
        self.fields: dict[str, QLineEdit] = {}
        for key, label, _, tip in _FIELDS:
            edit = QLineEdit()
            edit.setToolTip(self.tr(tip))
            edit.textChanged.connect(self.changed)
            edit.returnPressed.connect(self.submitted)
            self.fields[key] = edit
            form.addRow(self.tr(label), edit)
        self.device_box = QComboBox()
        for text, name in DEVICE_CHOICES:
            self.device_box.addItem(self.tr(text), name)
        self.device_box.setToolTip(self.tr("Where PyTorch trains: auto takes a GPU when PyTorch "
                                           "sees one (CUDA, or Apple's MPS), else the CPU; a "
                                           "model trained on a GPU is saved and read exactly as "
                                           "a CPU one"))
        form.addRow(self.tr("Device"), self.device_box)
        self.error_label = QLabel(wordWrap=True)
        self.error_label.setStyleSheet("color: #ff6b6b")
        form.addRow(self.error_label)
        self._on_preset_changed()

    def _on_preset_changed(self, *_):
        name = self.preset_box.currentText()
        cfg, tc = PRESETS[name], quick_train(name)
        self.preset_words.setText(self.tr(PRESET_WORDS[name]) if name in PRESET_WORDS
                                  else cfg.description)
        self.weights_box.setEnabled(cfg.binary_weights)
        self.weights_box.setCurrentIndex(max(0, self.weights_box.findData(cfg.weights)))
        for key, *_ in _FIELDS:
            self.fields[key].setText(f"{getattr(tc, key):g}" if key == "lr"
                                     else str(getattr(tc, key)))
        self.changed.emit()

    def configs(self):
        """(ModelConfig, TrainConfig) from the form; raises ConfigError naming the bad value."""
        name = self.preset_box.currentText()
        model_cfg = PRESETS[name]
        if model_cfg.binary_weights:
            model_cfg = model_cfg.replace(weights=self.weights_box.currentData())
        base = train_defaults(name)
        values = {}
        for key, label, kind, _ in _FIELDS:
            text = self.fields[key].text().strip()
            try:
                values[key] = kind(text)
            except ValueError:
                raise ConfigError(self.tr("{0} = {1} is not a number").format(
                    self.tr(label).lower(), repr(text))) from None
        tc = base.replace(**values)
        # keep the preset's decay ratio from the starting rate to the final one
        return model_cfg, tc.replace(lr_end=tc.lr * base.lr_end / base.lr)

    def check(self) -> bool:
        """Show why the values cannot be used (or nothing); True when they can."""
        return checked(self.configs, self.error_label)

    def set_editable(self, editable: bool) -> None:
        binary = PRESETS[self.preset_box.currentText()].binary_weights
        for w in [self.preset_box, self.device_box, *self.fields.values()]:
            w.setEnabled(editable)
        self.weights_box.setEnabled(editable and binary)
