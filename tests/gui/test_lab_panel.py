"""The pitfalls lab from the window, on small synthetic data."""

import numpy as np
import pytest
from synthetic import make_synthetic

from bnn_gui.core.paths import user_models_dir


def test_an_experiment_runs_overlays_compares_exports_and_saves_no_model(window, qtbot,
                                                                         tmp_path, monkeypatch):
    lab = window.inside.lab
    data = make_synthetic(n_train=400, n_test=100)
    lab.load_data = lambda progress, download=False: data
    lab.choice.setCurrentIndex([e.name for e in lab.experiments].index("output-sign"))
    assert "sign on the output" in lab.lesson.text().lower()
    lab.run_button.click()
    qtbot.waitUntil(lambda: lab.status.text() == "done", timeout=60000)
    assert lab.table.rowCount() == 2
    best = [float(lab.table.item(r, 6).text()) for r in range(2)]
    assert best[0] > best[1]  # the correct network beats the sign on the output
    assert all(len(rec.epochs) == 3 for rec in lab.records)
    assert len(lab.acc_plot.listDataItems()) == 2
    csv = tmp_path / "lab.csv"
    lab.write_csv(str(csv))
    assert len(csv.read_text().splitlines()) == 1 + 2 * 3
    from PySide6.QtWidgets import QFileDialog

    (tmp_path / "a-file").write_text("")
    for kind in ("png", "csv"):  # it said "wrote" when nothing was written
        target = tmp_path / "a-file" / f"lab.{kind}"  # inside a file: cannot be written
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
        lab._export(kind)
        assert lab.status.text().startswith("could not write") and not target.exists()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "lab.png"), ""))
    lab._export("png")
    assert lab.status.text().startswith("wrote")
    assert (tmp_path / "lab.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    lab.table.selectRow(1)
    lab.remove_selected()
    assert lab.table.rowCount() == 1 and len(lab.acc_plot.listDataItems()) == 1
    assert not user_models_dir().exists() or not any(user_models_dir().iterdir())


def test_closing_the_window_mid_lab_run_stops_it(window, qtbot):
    lab = window.inside.lab
    data = make_synthetic(n_train=20000, n_test=100)
    lab.load_data = lambda progress, download=False: data
    lab.run_button.click()
    qtbot.waitUntil(lambda: lab.is_running(), timeout=10000)
    thread = lab.runs.thread
    window.close()
    assert not thread.isRunning()


def test_lab_curves_hold_data_while_a_run_goes(window, qtbot):
    lab = window.inside.lab
    data = make_synthetic(n_train=20000, n_test=100)
    lab.load_data = lambda progress, download=False: data
    lab.choice.setCurrentIndex([e.name for e in lab.experiments].index("output-sign"))
    lab.run_button.click()
    # before any epoch has ended, the running run's loss curve already has points
    qtbot.waitUntil(lambda: lab.records and len(lab.records[0].batch_loss) > 3,
                    timeout=30000)
    rec = lab.records[0]
    assert rec.epochs == [] or len(rec.batch_loss) > len(rec.epochs)
    xs, ys = lab._curves[id(rec)][1].getData()
    assert len(xs) == len(rec.batch_loss) and np.all(np.isfinite(ys))
    assert "run 1 of 2" in lab.progress.format() and lab.progress.value() > 0
    lab.stop()
    qtbot.waitUntil(lambda: not lab.is_running(), timeout=10000)


def test_the_newcomer_s_notebook_runs_in_the_lab_and_says_what_it_found(window, qtbot):
    """The lab's first experiment: each rung's row gives its training accuracy (Keras's
    figure), and the finding under the table gives the lesson with the measured figures."""
    lab = window.inside.lab
    data = make_synthetic(n_train=400, n_test=100)
    lab.load_data = lambda progress, download=False: data
    assert lab.experiments[0].name == "newcomer" and lab.choice.currentIndex() == 0
    assert "9.87%" in lab.lesson.text()
    lab.run_button.click()
    qtbot.waitUntil(lambda: lab.status.text() == "done", timeout=120000)
    assert lab.table.rowCount() == len(lab.experiments[0].runs) == 7
    header = [lab.table.horizontalHeaderItem(c).text() for c in range(lab.table.columnCount())]
    first_train = float(lab.table.item(0, header.index("train %")).text())
    assert first_train == pytest.approx(100 * (data.train_y == 0).mean(), abs=0.01)
    assert lab.finding.isVisible() and "Measured:" in lab.finding.text()
    assert "NaN" in lab.records[0].finding and "9.87" not in lab.records[0].finding
    assert lab.table.item(0, 0).toolTip() == lab.records[0].finding


def test_the_bit_budget_plots_accuracy_against_bytes_as_runs_finish(window, qtbot):
    """Issue 33: six runs (1, 1.58, 2, 4, 8 bits and float32) in the lab; the third plot has a
    point per run at its weights' kilobytes, the 1-bit point a star with its name."""
    from bnn_gui.core.lab import bit_budget

    lab = window.inside.lab
    data = make_synthetic(n_train=400, n_test=100)
    lab.load_data = lambda progress, download=False: data
    lab.choice.setCurrentIndex([e.name for e in lab.experiments].index("bits"))
    lab.run_button.click()
    qtbot.waitUntil(lambda: lab.status.text() == "done", timeout=120000)
    mine = lab.records[-6:]
    assert [r.spec.label for r in mine] == ["1 bit", "1.58 bits", "2 bits", "4 bits",
                                            "8 bits", "float32"]
    points = [lab._curves[id(r)][2].getOriginalDataset() for r in mine]
    kb = [float(x[0]) for x, _ in points]
    assert kb == sorted(kb) and kb[-1] / kb[0] == 32  # float32 weights: 32x the 1-bit ones
    assert kb[0] == bit_budget.weight_bytes(mine[0].spec.model_config) / 1024
    assert [float(y[0]) for _, y in points] == [max(r.test) for r in mine]
    star = lab._curves[id(mine[0])][2]
    assert star.opts["symbol"] == "star" and lab._labels[id(mine[0])].isVisible()
    assert all(lab._curves[id(r)][2].opts["symbol"] == "o" for r in mine[1:])
