"""The pitfalls lab's experiments: the classic mistakes (and comparisons) of BNN newcomers, each a
set of short runs that differ in one setting, with the sentence it teaches.

An experiment is data only; the runs are ordinary ``training.train`` runs, so the command line,
the window and the tests drive them the same way.
"""

from __future__ import annotations

from bnn_gui.config import ModelConfig, TrainConfig, preset
from bnn_gui.core.lab.experiment import Experiment, Run  # noqa: F401 (the lab's names)
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP

LAB_EPOCHS = 3  # short runs: enough for the curves to part ways


def clipping_line() -> str:
    """Where the project's training loop clips the latent weights, found in its source (so it
    never goes stale): "training.py, line N: <code>"."""
    from importlib.resources import files

    # read as text, not imported: the lab lists its experiments without PyTorch
    source = files("bnn_gui.core.runs").joinpath("training.py").read_text(encoding="utf-8")
    for n, line in enumerate(source.splitlines(), 1):
        if ".clamp_(-clip, clip)" in line:
            return f"bnn_gui/core/runs/training.py, line {n}: {line.strip()}"
    raise RuntimeError("the clipping line is not in training.py")  # a test guards this


def _quick(**changes) -> TrainConfig:
    return TrainConfig(epochs=LAB_EPOCHS, batch_size=200).replace(**changes)


def _relu_mlp_like_antirectifier() -> ModelConfig:
    """A ReLU MLP with as many parameters as antirectifier-mlp (2 x 256, doubled widths):
    784*256 + 512*256 + 512*10 (+ biases) = 337,418; two ReLU layers of 306 give 337,222."""
    return preset("antirectifier-mlp").replace(name="relu-mlp", activation="relu",
                                               hidden=(306, 306),
                                               description="2 x 306 ReLU MLP")


def _newcomer() -> Experiment:
    from bnn_gui.core.runs.newcomer import ladder
    from bnn_gui.core.runs.newcomer_run import NotebookRun

    return Experiment(
        "newcomer", QT_TRANSLATE_NOOP("pitfalls", "Why it said 9.87%: the newcomer's notebook, fixed one step at a time"),
        QT_TRANSLATE_NOOP("pitfalls", "A Keras BNN 'stuck at 9.87%' whatever the learning rate: four Dense layers with "
        "binary_tanh, the output included, BatchNorm written but never added, SGD, Keras's "
        "categorical cross-entropy, batches of 100. Replayed with Keras's semantics; then each "
        "run changes one thing on top of the last; what each run found is said as it ends "
        "(hover its row to read it again)."),
        # one thread: this small network runs faster on one than on two here (0.46 s against
        # 1.07 s an epoch of 6,000 digits), and the flush of denormals is that thread's
        tuple(Run(label, preset("seed-mlp"), _quick(lr=lr, lr_end=lr, batch_size=100, threads=1),
                  lesson, NotebookRun(nb)) for label, nb, lr, lesson in ladder()))


def experiments() -> list[Experiment]:
    from bnn_gui.core.lab import bit_budget, wrong_export

    bnn = preset("bnn-mlp")
    bc_det, bc_stoch = preset("binaryconnect-det"), preset("binaryconnect-stoch")
    l2 = preset("l2softmax-cnn")
    float_train = _quick(lr=1e-3, lr_end=1e-5)
    return [
        _newcomer(),
        Experiment("output-sign", QT_TRANSLATE_NOOP("pitfalls", "Sign on the output layer too"),
                   QT_TRANSLATE_NOOP("pitfalls", "With a sign on the output the ten scores are ±1: digits tie (the first +1 "
                   "class wins) and the softmax can never be sure (at most 45%), so the loss "
                   "stays high. With the straight-through gradient it still learns, a point or "
                   "more behind on MNIST and far behind on harder data; with a plain sign (no "
                   "straight-through gradient) nothing learns at all: the newcomer's 10%."),
                   (Run(QT_TRANSLATE_NOOP("pitfalls", "correct: real-valued scores"), bnn, _quick()),
                    Run(QT_TRANSLATE_NOOP("pitfalls", "sign on the output"), bnn.replace(sign_output=True), _quick()))),
        Experiment("no-batchnorm", QT_TRANSLATE_NOOP("pitfalls", "BatchNorm left out"),
                   QT_TRANSLATE_NOOP("pitfalls", "Without BatchNorm the sums of ±1 products are large and centred nowhere: "
                   "most signs are stuck at one value and the gradient through the sign (zero "
                   "where |x| > 1) vanishes."),
                   (Run(QT_TRANSLATE_NOOP("pitfalls", "with BatchNorm"), bnn, _quick()),
                    Run(QT_TRANSLATE_NOOP("pitfalls", "without BatchNorm"), bnn.replace(batchnorm=False), _quick()))),
        Experiment("tiny-lr", QT_TRANSLATE_NOOP("pitfalls", "Learning rate 1e-6"),
                   QT_TRANSLATE_NOOP("pitfalls", "Binary weights only change when a latent weight crosses zero; at 1e-6 "
                   "almost none does, and nothing moves."),
                   (Run(QT_TRANSLATE_NOOP("pitfalls", "lr 1e-2"), bnn, _quick()),
                    Run(QT_TRANSLATE_NOOP("pitfalls", "lr 1e-6"), bnn, _quick(lr=1e-6, lr_end=1e-6)))),
        Experiment("no-clipping", QT_TRANSLATE_NOOP("pitfalls", "No clipping of latent weights"),
                   QT_TRANSLATE_NOOP("pitfalls", "Unclipped latent weights drift far from zero and stop flipping: the "
                   "network freezes early (compare the sign-flip curves). Where to clip "
                   "(BinaryConnect): in the training loop, right after the optimiser's step, "
                   "not inside the optimiser: {0}. After the step, because the "
                   "step is what moves the latent weights out of [-H, H]; the optimiser's own "
                   "state (Adam's averages) is left as it is."),
                   (Run(QT_TRANSLATE_NOOP("pitfalls", "clipped to [-1, 1]"), bnn, _quick()),
                    Run(QT_TRANSLATE_NOOP("pitfalls", "not clipped (H = 100)"),
                        bnn.replace(clip=100.0), _quick())),
                   lesson_args=(clipping_line(),)),
        Experiment("det-vs-stoch", QT_TRANSLATE_NOOP("pitfalls", "Deterministic vs stochastic BinaryConnect"),
                   QT_TRANSLATE_NOOP("pitfalls", "Stochastic binarisation is a regulariser: noisier and slower at first, "
                   "it can generalise as well or better over long runs."),
                   (Run(QT_TRANSLATE_NOOP("pitfalls", "deterministic"), bc_det, _quick()),
                    Run(QT_TRANSLATE_NOOP("pitfalls", "stochastic"), bc_stoch, _quick()))),
        Experiment("antirectifier", QT_TRANSLATE_NOOP("pitfalls", "Antirectifier vs ReLU at equal parameter count"),
                   QT_TRANSLATE_NOOP("pitfalls", "The Antirectifier keeps both the positive and the negative part of each "
                   "feature; at the same number of parameters it is compared with plain ReLU."),
                   (Run(QT_TRANSLATE_NOOP("pitfalls", "Antirectifier 2 x 256"), preset("antirectifier-mlp"), float_train),
                    Run(QT_TRANSLATE_NOOP("pitfalls", "ReLU 2 x 306"), _relu_mlp_like_antirectifier(), float_train))),
        Experiment("l2-softmax", QT_TRANSLATE_NOOP("pitfalls", "L2-constrained softmax with several alphas"),
                   QT_TRANSLATE_NOOP("pitfalls", "Normalising the features and scaling them by alpha bounds the logits: too "
                   "small an alpha cannot make confident answers, a moderate one trains well."),
                   tuple(Run(f"alpha {a:g}", l2.replace(l2_alpha=a), float_train)
                         for a in (1.0, 4.0, 16.0, 64.0))
                   + (Run(QT_TRANSLATE_NOOP("pitfalls", "plain softmax"), l2.replace(l2_alpha=None), float_train),
                      Run(QT_TRANSLATE_NOOP("pitfalls", "alpha 16, one norm for the batch, as in the blog's code"),
                          l2.replace(l2_alpha=16.0, l2_batch_norm=True), float_train,
                          QT_TRANSLATE_NOOP("pitfalls", "tf.norm(fc1) without an axis is one norm over the whole batch: every "
                          "sample is divided by the same number, so a sample's features have "
                          "norm about alpha / sqrt(batch size) (about 1.1 in batches of 200), "
                          "not alpha, and that number changes with the batch: 200 digits in "
                          "training, 2,000 when the test set is measured, 1 when the window "
                          "reads your drawing. Compare it with alpha 16 normalised per sample "
                          "(axis=1), as the paper does.")))),
        bit_budget.experiment(epochs=LAB_EPOCHS),
        wrong_export.experiment(),
    ]


def experiment(name: str) -> Experiment:
    for e in experiments():
        if e.name == name:
            return e
    raise KeyError(f"no lab experiment {name!r}; choose one of "
                   f"{', '.join(e.name for e in experiments())}")
