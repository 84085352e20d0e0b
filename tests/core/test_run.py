"""The run model without Qt: a spec becomes events, a record folds them, a save carries the
recipe, a lab experiment is a queue of specs and a fine-tune has its own typed result."""

import numpy as np
import pytest

from bnn_gui.config import TrainConfig, preset
from bnn_gui.core.nets import checkpoint
from bnn_gui.core.runs.run import FinetuneSpec, RunRecord, RunSpec, events, lab_specs, \
    run_events, save

SMALL = preset("bnn-mlp").replace(hidden=(32, 32))
QUICK = TrainConfig(epochs=2, batch_size=100, threads=1)


def test_a_record_folds_a_training_run_into_plain_lists(synthetic, tmp_path):
    spec = RunSpec(SMALL, QUICK, tmp_path)
    assert spec.kind == "train" and spec.model_name == SMALL.name
    model, gen = events(spec, synthetic)
    record = RunRecord(spec)
    result = run_events(gen, record)
    assert result is record.result and result.model is model
    batches = -(-len(synthetic.train_x) // QUICK.batch_size)
    assert len(record.batch_loss) == len(record.batch_x) == 2 * batches
    assert record.batch_x[-1] == pytest.approx(2.0)  # x is in epochs
    assert record.epochs == [1, 2] and len(record.test) == 2
    assert record.test[-1] == pytest.approx(100 * result.test_accuracy)
    assert record.best_test == max(record.test)
    assert set(record.flips[0]) == {"dense1", "dense2", "out"}
    assert record.finding == ""  # a plain run has no lesson and no finding

    path = save(spec, result)
    mf = checkpoint.read_model_file(path)
    assert path.parent == tmp_path and path.name.startswith(SMALL.name)
    assert mf.recipe[-1]["kind"] == "window_train"
    assert mf.recipe[-1]["settings"]["train_config"]["epochs"] == 2


def test_a_failed_save_leaves_no_reserved_name(synthetic, tmp_path, monkeypatch):
    spec = RunSpec(SMALL, QUICK.replace(epochs=1), tmp_path)
    _, gen = events(spec, synthetic)
    result = run_events(gen, RunRecord(spec))

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(checkpoint, "save", full)
    with pytest.raises(OSError):
        save(spec, result)
    assert list(tmp_path.iterdir()) == []


def test_a_fine_tune_yields_its_own_result_and_extends_the_recipe(synthetic, tmp_path):
    from bnn_gui.core.runs.finetune import FinetuneConfig, FinetuneFinished
    from bnn_gui.core.runs.personal import Sample

    base_spec = RunSpec(SMALL, QUICK.replace(epochs=1), tmp_path)
    _, gen = events(base_spec, synthetic)
    base = save(base_spec, run_events(gen, RunRecord(base_spec)))
    samples = tuple(Sample(d, [[[10, 10], [18, 18]]]) for d in (1, 7) for _ in range(4))
    cfg = FinetuneConfig(epochs=1, mnist_samples=200)
    spec = RunSpec(SMALL, cfg.train_config(), tmp_path, FinetuneSpec(base, samples, cfg))
    assert spec.kind == "finetune" and spec.model_name == f"{SMALL.name}-personal"
    record = RunRecord(spec)
    result = run_events(events(spec, synthetic)[1], record)
    assert isinstance(result, FinetuneFinished)
    assert result.report.trained_on > 0 and "MNIST test" in result.summary()
    assert "finetune" in result.metrics()
    mf = checkpoint.read_model_file(save(spec, result))
    assert [s["kind"] for s in mf.recipe] == ["window_train", "window_finetune"]
    assert mf.recipe[-1]["settings"]["personal_digits"] == len(samples)


def test_a_lab_experiment_is_a_queue_of_unsaved_specs():
    from bnn_gui.core.runs.pitfalls import experiment

    exp = experiment("output-sign")
    specs = lab_specs(exp)
    assert len(specs) == len(exp.runs)
    assert all(s.kind == "lab" and s.out_dir is None and s.experiment == exp.title
               for s in specs)
    assert [s.label for s in specs] == [r.label for r in exp.runs]


def test_a_lab_record_s_finding_joins_its_lesson_and_what_was_measured(synthetic):
    from bnn_gui.core.runs.pitfalls import experiment

    spec = lab_specs(experiment("newcomer"))[0]
    spec = RunSpec(spec.model_config, spec.train_config.replace(epochs=1, batch_size=200),
                   experiment=spec.experiment, label=spec.label, lesson="A lesson.",
                   trainer=spec.trainer)
    model, gen = events(spec, synthetic)
    record = RunRecord(spec)
    run_events(gen, record)
    assert model is None  # the notebook's own network: nothing reads drawings with it
    assert record.finding.startswith("A lesson. Measured: training accuracy")
    assert np.isfinite(record.train_accuracy[-1])
