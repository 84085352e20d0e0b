import math

import numpy as np

import pytest
import torch

from bnn_gui.config import TrainConfig, ConfigError, preset
from bnn_gui.core.nets.models import build
from bnn_gui.core.runs.training import (BatchProgress, EpochEnd, Finished, TrainingDiverged,
                                   run_to_end, train)

SMALL = preset("bnn-mlp").replace(hidden=(64, 64))


def test_short_run_lowers_loss_and_learns(synthetic):
    cfg = TrainConfig(epochs=3, batch_size=50, lr=1e-2, threads=1)
    events = list(train(SMALL, cfg, synthetic))
    batches = [e for e in events if isinstance(e, BatchProgress)]
    epochs = [e for e in events if isinstance(e, EpochEnd)]
    assert isinstance(events[-1], Finished) and len(epochs) == 3
    assert len(batches) == 3 * 12
    first = sum(b.loss for b in batches[:5]) / 5
    last = sum(b.loss for b in batches[-5:]) / 5
    assert last < 0.7 * first
    assert epochs[-1].test_accuracy > 0.8
    assert set(epochs[0].flips) == {"dense1", "dense2", "out"}
    assert any(v > 0 for v in epochs[0].flips.values())
    assert [e.lr for e in epochs] == pytest.approx([cfg.lr_at(i) for i in range(3)])
    assert epochs[-1].lr == pytest.approx(cfg.lr_end)
    assert batches[-1].fraction == pytest.approx(1.0)


def test_same_seed_and_threads_give_the_same_model(synthetic):
    cfg = TrainConfig(epochs=1, batch_size=64, seed=7, threads=1)
    a = run_to_end(train(SMALL, cfg, synthetic)).model.state_dict()
    b = run_to_end(train(SMALL, cfg, synthetic)).model.state_dict()
    c = run_to_end(train(SMALL, cfg.replace(seed=8), synthetic)).model.state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)
    assert not all(torch.equal(a[k], c[k]) for k in a)


def test_a_seeded_run_is_the_same_with_another_run_beside_it(synthetic):
    """Issue 16 #17: runs drew from PyTorch's one global generator, so a lab run beside a
    training run changed its initial weights, dropout masks and stochastic weights. Here a
    stochastic, dropout network is trained alone, then again interleaved batch by batch with
    another run, in another thread and in this one."""
    import threading

    cfg = preset("binaryconnect-stoch").replace(hidden=(64, 64), dropout=0.2)
    tc = TrainConfig(epochs=1, batch_size=64, seed=3, threads=1)
    alone = run_to_end(train(cfg, tc, synthetic)).model.state_dict()

    beside = train(cfg, tc.replace(seed=99), synthetic)
    mine = train(cfg, tc, synthetic)
    result = None
    for ev in mine:  # interleaved in one thread: a batch of the other run between ours
        next(beside, None)
        result = ev.model if isinstance(ev, Finished) else result
    stop = threading.Event()

    def noise():  # another thread drawing from the global generator all along
        while not stop.is_set():
            torch.rand(1000)
            torch.nn.functional.dropout(torch.ones(100), 0.5)

    t = threading.Thread(target=noise)
    t.start()
    try:
        threaded = run_to_end(train(cfg, tc, synthetic)).model.state_dict()
    finally:
        stop.set()
        t.join()
    together = result.state_dict()
    assert all(torch.equal(alone[k], together[k]) for k in alone)
    assert all(torch.equal(alone[k], threaded[k]) for k in alone)


def test_stochastic_preset_trains(synthetic):
    cfg = preset("binaryconnect-stoch").replace(hidden=(64,))
    result = run_to_end(train(cfg, TrainConfig(epochs=5, batch_size=50, threads=1, seed=0), synthetic))
    assert result.test_accuracy > 0.5


def test_stop_between_batches_by_closing(synthetic):
    gen = train(SMALL, TrainConfig(epochs=5, batch_size=10, threads=1), synthetic)
    seen = 0
    for ev in gen:
        seen += 1
        if seen == 3:
            gen.close()
            break
    assert seen == 3
    with pytest.raises(StopIteration):
        next(gen)


def test_nan_loss_stops_with_a_message_suggesting_smaller_lr(synthetic):
    model = build(SMALL)
    with torch.no_grad():
        model.out_norm.log_scale.fill_(float("nan"))
    with pytest.raises(TrainingDiverged, match="smaller"):
        run_to_end(train(SMALL, TrainConfig(epochs=1, threads=1), synthetic, model=model))


@pytest.mark.parametrize("field,value", [("epochs", 0), ("batch_size", -1), ("lr", 0.0),
                                         ("lr", math.nan), ("lr", 1e9), ("threads", 10_000)])
def test_absurd_hyperparameters_are_refused(field, value):
    with pytest.raises(ConfigError, match="out of range"):
        TrainConfig(**{field: value}).validate()


def test_random_shift_moves_each_image_within_bounds():
    from bnn_gui.core.runs.training import random_shift

    x = torch.zeros(200, 28, 28)
    x[:, 14, 14] = 1.0
    out = random_shift(x, 2, torch.Generator().manual_seed(0))
    pos = out.flatten(1).argmax(1)
    rows, cols = pos // 28, pos % 28
    assert out.sum() == 200  # nothing lost
    assert rows.min() == 12 and rows.max() == 16 and cols.min() == 12 and cols.max() == 16
    assert len(set(zip(rows.tolist(), cols.tolist()))) > 15  # shifts differ per image


def test_every_phase_stops_when_asked(synthetic):
    """Between batches of training and of the test set: a stop is seen within one batch."""
    import torch

    from bnn_gui.config import PRESETS, TrainConfig
    from bnn_gui.core.runs.training import Stopped, accuracy, new_model, to_tensors, train

    cfg, tc = PRESETS["seed-mlp"], TrainConfig(epochs=2, batch_size=50)
    model = new_model(cfg, tc)
    asked = []

    def stop_on_second_ask():
        asked.append(1)
        return len(asked) >= 2
    x, y = to_tensors(synthetic.test_x, synthetic.test_y)
    model.train()
    with pytest.raises(Stopped):
        accuracy(model, torch.cat([x] * 20), torch.cat([y] * 20), should_stop=stop_on_second_ask)
    assert len(asked) == 2 and model.training  # one batch of 500 read, the mode restored
    events = []
    with pytest.raises(Stopped):
        for ev in train(cfg, tc, synthetic, model=model, should_stop=lambda: len(events) >= 3):
            events.append(ev)
    assert len(events) == 3


def test_a_finetune_stops_while_it_scores_before_training(synthetic):
    from bnn_gui.core.runs.finetune import finetune
    from bnn_gui.research.handwriting import draw_digit
    from bnn_gui.core.inference import load_model
    from bnn_gui.core.runs.personal import Sample
    from bnn_gui.core.runs.training import Stopped

    rng = np.random.default_rng(0)
    samples = [Sample(d, [s.tolist() for s in draw_digit(d, rng)]) for d in range(10)
               for _ in range(3)]
    net = load_model("bnn-mlp", engine="torch").net
    gen = finetune(net, synthetic, samples, should_stop=lambda: True)
    with pytest.raises(Stopped):
        next(gen)  # no training event: it stopped in the scoring before the first batch


def test_the_one_cycle_schedule_rises_then_falls_per_batch():
    cfg = TrainConfig(epochs=3, lr=1e-2, lr_end=1e-4, lr_schedule="cosine")
    steps = 300
    lrs = [cfg.lr_at_step(s, steps, s // 100) for s in range(steps)]
    assert lrs[0] == pytest.approx(1e-4) and max(lrs) == pytest.approx(1e-2, rel=1e-3)
    peak = lrs.index(max(lrs))
    assert 25 <= peak <= 35  # the warm-up is the first tenth
    assert all(a <= b for a, b in zip(lrs[:peak], lrs[1:peak + 1]))  # rises, then
    assert all(a >= b for a, b in zip(lrs[peak:], lrs[peak + 1:]))  # falls
    assert lrs[-1] == pytest.approx(1e-4)
    epoch = TrainConfig(epochs=3)  # the paper's per-epoch decay is unchanged
    assert epoch.lr_at_step(150, 300, 1) == epoch.lr_at(1)
    with pytest.raises(ConfigError):
        TrainConfig(lr_schedule="sometimes").validate()


def test_probes_measure_a_fixed_subset_during_the_epochs(synthetic):
    from bnn_gui.core.runs.training import Probe

    cfg = preset("bnn-quick").replace(hidden=(64, 64))
    tc = TrainConfig(epochs=2, batch_size=20, lr_schedule="cosine", threads=1)
    events = list(train(cfg, tc, synthetic, probe_every_s=1e-9))
    probes = [e for e in events if isinstance(e, Probe)]
    assert probes and all(0 <= p.accuracy <= 1 for p in probes)
    assert probes[0].digits == min(2000, len(synthetic.test_y))
    assert all(0 < p.epochs < 2 for p in probes)
    assert [p.epochs for p in probes] == sorted(p.epochs for p in probes)
    # probing does not change what is learned (eval mode, no random draws)
    quiet = run_to_end(train(cfg, tc, synthetic)).model.state_dict()
    probed = next(e for e in events if isinstance(e, Finished)).model.state_dict()
    assert all(torch.equal(quiet[k], probed[k]) for k in quiet)


def test_devices_resolve_and_a_missing_gpu_is_one_line():
    from bnn_gui.core.runs.devices import resolve

    assert resolve("cpu").type == "cpu"
    assert resolve("auto").type == ("cuda" if torch.cuda.is_available() else resolve("auto").type)
    if not torch.cuda.is_available():
        with pytest.raises(ConfigError, match="no CUDA GPU"):
            resolve("cuda")
    with pytest.raises(ConfigError, match="expected one of"):
        resolve("tpu")


def test_training_on_a_device_hands_the_model_back_on_the_cpu(synthetic):
    """On this machine the device is the CPU; on a GPU the same code trains there (the
    model is moved, every batch is moved, the draws come from a generator on the device)."""
    from bnn_gui.core.runs.devices import resolve

    device = resolve("auto")
    cfg = preset("binaryconnect-stoch").replace(hidden=(32,), dropout=0.1)
    result = run_to_end(train(cfg, TrainConfig(epochs=1, batch_size=50, threads=1), synthetic,
                              device=device))
    assert all(p.device.type == "cpu" for p in result.model.parameters())
    assert 0 <= result.test_accuracy <= 1


def test_an_extra_loss_term_is_added_and_trained_on(synthetic):
    """train(extra_loss=...) adds the term to each batch's loss and its gradients reach the
    model: a term pulling every logit to 0 leaves them far smaller than a plain run's."""
    cfg = TrainConfig(epochs=1, batch_size=50, seed=3, threads=1)
    seen = []

    def shrink(xb, yb, logits):
        seen.append(tuple(xb.shape))
        assert yb.shape == (len(xb),)
        return 100.0 * logits.pow(2).mean()

    plain = run_to_end(train(SMALL, cfg, synthetic)).model
    events = list(train(SMALL, cfg, synthetic, extra_loss=shrink))
    pulled = events[-1].model
    assert seen and all(s[0] <= 50 and s[1:] == (28, 28) for s in seen)
    x = torch.tensor(synthetic.test_x[:200]).float() / 255
    with torch.no_grad():
        assert pulled(x).abs().mean() < 0.5 * plain(x).abs().mean()


def test_a_run_puts_torch_threads_back_however_it_ends(synthetic):
    """A run with threads=1 (the newcomer replay's) left the whole process single-threaded, so
    the next training in the same window ran on one core."""
    from bnn_gui.core.runs.newcomer import Notebook
    from bnn_gui.core.runs.newcomer_keras import replay

    torch.set_num_threads(2)
    tc = TrainConfig(epochs=1, batch_size=100, threads=1, max_train_samples=200)
    gen = train(preset("seed-mlp"), tc, synthetic)
    next(gen)
    assert torch.get_num_threads() == 1  # while it runs
    gen.close()  # stopped
    assert torch.get_num_threads() == 2
    run_to_end(train(preset("seed-mlp"), tc, synthetic))  # ran to the end
    assert torch.get_num_threads() == 2
    with pytest.raises(ConfigError):  # failed before it began
        next(train(preset("seed-mlp"), tc.replace(threads=1, epochs=0), synthetic))
    assert torch.get_num_threads() == 2
    run_to_end(replay(Notebook(), tc, synthetic))  # the newcomer's notebook replayed
    assert torch.get_num_threads() == 2
