import pytest

from bnn_gui.core.pitfalls import LAB_EPOCHS, experiment, experiments
from bnn_gui.core.training import BatchProgress, EpochEnd, Finished, run_to_end, train


@pytest.mark.parametrize("exp", experiments(), ids=lambda e: e.name)
def test_every_lab_experiment_starts_reports_and_finishes(exp, synthetic):
    assert exp.lesson and len(exp.runs) >= 2
    for run in exp.runs:
        assert run.train.epochs == LAB_EPOCHS
        tc = run.train.replace(epochs=1, batch_size=100, max_train_samples=300, threads=1)
        events = list(train(run.model, tc, synthetic))
        assert any(isinstance(e, BatchProgress) for e in events)
        assert isinstance(events[-2], EpochEnd) and isinstance(events[-1], Finished)


def test_sign_on_the_output_ends_far_below_the_correct_network(synthetic):
    correct, signed = experiment("output-sign").runs
    results = [run_to_end(train(r.model, r.train.replace(threads=1, batch_size=50), synthetic))
               for r in (correct, signed)]
    good, bad = (r.test_accuracy for r in results)
    assert good > 0.9 and bad < good - 0.3, (good, bad)
