import numpy as np

from bnn_gui.core.nets.checkpoint import read_model_file, resolve
from bnn_gui.gui.docks.weights_panel import latent_layers, templates


def test_templates_are_the_signs_of_the_first_layer():
    mf = read_model_file(resolve("bnn-mlp"))
    name, w = latent_layers(mf)[0]
    assert name == "dense1" and w.shape == (1024, 784)
    pic = templates(w, limit=4)  # 2 x 2 tiles of 28 + 1 px gaps
    assert pic.shape == (57, 57)
    assert np.array_equal(pic[:28, :28], (w[0].reshape(28, 28) >= 0).astype(np.uint8))
    assert np.array_equal(pic[29:57, 29:57], (w[3].reshape(28, 28) >= 0).astype(np.uint8))
    assert [n for n, _ in latent_layers(mf)] == ["dense1", "dense2", "dense3", "out"]


def test_weights_dock_shows_the_live_model(window, qtbot):
    window.inside.weights_dock.show()
    window.inside.weights_dock.raise_()
    qtbot.waitUntil(lambda: window.inside.weights.shown_for is not None, timeout=5000)
    assert "conv1" in window.inside.weights.title.text()  # the shipped bnn-cnn's first layer
    window.load_model("float-mlp")
    qtbot.waitUntil(lambda: window.session.model.config.name == "float-mlp", timeout=20000)
    qtbot.waitUntil(lambda: "real-valued" in window.inside.weights.title.text(), timeout=5000)


def test_templates_page_by_page_and_one_histogram_at_a_time(open_window, qtbot):
    """The 256 templates were squeezed into about 250 px and the histograms were 6-15 px
    tall: now a page of 32 templates and one layer's histogram fill the dock."""
    from PySide6.QtCore import Qt

    w = open_window("bnn-mlp")
    w.inside.weights_dock.show()
    w.inside.weights_dock.raise_()
    panel = w.inside.weights
    qtbot.waitUntil(lambda: panel.shown_for is not None, timeout=5000)
    first = latent_layers(panel.shown_for)[0][1]
    assert panel.page_label.text() == "units 0–31 of 0–1023" and not panel.prev_button.isEnabled()
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.page_label.text() == "units 32–63 of 0–1023"
    size = panel.pictures.size()
    box = size.width() / size.height()
    assert np.array_equal(panel.image.image, templates(first, 32, 32, box))
    assert np.array_equal(templates(first, 32, 32, box=4.0)[:28, :28],
                          (first[32].reshape(28, 28) >= 0).astype(np.uint8))
    assert templates(first, 32, 0, box=4.0).shape == (3 * 29 - 1, 12 * 29 - 1)
    panel.show_page(999)  # clamped to the last page
    assert panel.page_label.text() == "units 992–1023 of 0–1023"
    assert not panel.next_button.isEnabled()
    assert [panel.layer_box.itemText(i) for i in range(panel.layer_box.count())] == \
        ["dense1", "dense2", "dense3", "out"]
    panel.layer_box.setCurrentIndex(3)
    assert panel.stats.text().startswith("out: 10,240 latent weights:")


def test_the_summary_counts_weights_at_the_clip_and_near_zero():
    from bnn_gui.gui.docks.weights_panel import latent_summary

    text = latent_summary(np.array([1.0, -1.0, 0.0, 0.5]), 1.0)
    assert "50.0% at the clip" in text and "25.0% near 0 (|w| < 0.05)" in text
