import pytest

from bnn_gui.core.runs.pitfalls import LAB_EPOCHS, experiment, experiments
from bnn_gui.core.runs.training import BatchProgress, EpochEnd, Finished, run_to_end, train


@pytest.mark.parametrize("exp", experiments(), ids=lambda e: e.name)
def test_every_lab_experiment_starts_reports_and_finishes(exp, synthetic):
    assert exp.lesson and len(exp.runs) >= 2
    from bnn_gui.core.lab.wrong_export import WrongExportRun

    for run in exp.runs:
        trains = not isinstance(run.trainer, WrongExportRun)  # a replay trains nothing
        assert run.train.epochs == (LAB_EPOCHS if trains else 1)
        tc = run.train.replace(epochs=1, batch_size=100, max_train_samples=300, threads=1)
        events = list((run.trainer or train)(run.model, tc, synthetic))
        assert any(isinstance(e, BatchProgress) for e in events) == trains
        assert isinstance(events[-2], EpochEnd) and isinstance(events[-1], Finished)


def test_sign_on_the_output_ends_far_below_the_correct_network(synthetic):
    correct, signed = experiment("output-sign").runs
    results = [run_to_end(train(r.model, r.train.replace(threads=1, batch_size=50), synthetic))
               for r in (correct, signed)]
    good, bad = (r.test_accuracy for r in results)
    assert good > 0.9 and bad < good - 0.3, (good, bad)


def test_the_no_clipping_lesson_points_at_the_line_that_clips():
    """The lesson names the training loop's line that clips, found in the source: that line
    clips, and it comes after the optimiser's step."""
    from pathlib import Path

    import bnn_gui.core.runs.training as training
    from bnn_gui.core.runs.pitfalls import clipping_line

    where = clipping_line()
    assert where in experiment("no-clipping").text
    n = int(where.split("line ")[1].split(":")[0])
    lines = Path(training.__file__).read_text().splitlines()
    assert ".clamp_(-clip, clip)" in lines[n - 1]
    assert any("opt.step()" in line for line in lines[n - 6: n - 1])


def test_the_blog_s_one_norm_for_the_batch_is_its_own_run():
    import torch

    from bnn_gui.core.nets.layers import L2Constrain

    runs = experiment("l2-softmax").runs
    blog = [r for r in runs if r.model.l2_batch_norm]
    assert len(blog) == 1 and "one norm for the batch" in blog[0].label and blog[0].lesson
    x = torch.randn(200, 64) * torch.linspace(0.5, 3, 200)[:, None]
    per_sample, whole = L2Constrain(16.0)(x), L2Constrain(16.0, whole_batch=True)(x)
    assert torch.allclose(per_sample.norm(dim=1), torch.full((200,), 16.0))
    assert torch.isclose(whole.norm(), torch.tensor(16.0))  # the whole batch has norm alpha
    assert whole.norm(dim=1).max() < 16.0 / 5  # no sample does
    assert torch.allclose(L2Constrain(16.0, True)(x[:1]), per_sample[:1])  # a batch of one
