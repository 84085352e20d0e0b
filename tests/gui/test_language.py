"""The window in Russian and Chinese through Qt's translators: the shipped .qm files load and
are complete for what is marked; the language is chosen as documented."""

import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from bnn_gui.gui import language


@pytest.mark.parametrize("lang", ["ru", "zh_CN"])
def test_each_translation_is_finished_and_loads(qapp, lang):
    ts = language.translations_dir() / f"bnn_gui_{lang}.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert len(messages) > 80
    def texts(m):  # a message's translation, or each of its plural forms
        tr = m.find("translation")
        forms = [f.text or "" for f in tr.findall("numerusform")]
        return forms if m.get("numerus") == "yes" else [tr.text or ""]

    unfinished = [m.find("source").text for m in messages
                  if m.find("translation").get("type") == "unfinished"
                  or not all(t.strip() for t in texts(m))]
    assert unfinished == []
    for m in messages:  # every {0} placeholder and %n survives translation
        src = m.find("source").text
        for tr in texts(m):
            assert set(re.findall(r"\{\w*\}|%n", src)) == set(re.findall(r"\{\w*\}|%n", tr)), src
    try:
        assert language.install(qapp, lang) == lang
        assert QCoreApplication.translate("MainWindow", "&File") != "&File"
        assert QCoreApplication.translate("LessonPlayer", "step {0} of {1}").format(2, 6) \
            != "step 2 of 6"
        # the lab's texts, written by the core, are translated where the window shows them
        from bnn_gui.core.runs.pitfalls import experiments

        for e in experiments():
            assert QCoreApplication.translate("pitfalls", e.title) != e.title, e.name
            assert "{0}" not in QCoreApplication.translate("pitfalls", e.lesson).format(
                *e.lesson_args)
        # a value out of range in the training form is said in the window's language
        from bnn_gui.config import ConfigError, TrainConfig
        from bnn_gui.gui.messages import config_error_text

        with pytest.raises(ConfigError) as e:
            TrainConfig(epochs=0).validate()
        assert "out of range" in str(e.value) and "out of range" not in config_error_text(e.value)
        # plural forms: Russian has three, Chinese one
        forms = {n: QCoreApplication.translate("TrainingPanel", "training {0}: %n epoch(s), "
                                               "batch {1}, lr {2} → {3}", "", n) for n in (1, 3, 5)}
        assert len({re.sub(r"\d", "", f) for f in forms.values()}) == (3 if lang == "ru" else 1)
    finally:
        language.install(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    # English has its plural forms too: "1 epoch", "3 epochs"
    assert QCoreApplication.translate("TrainingPanel", "training {0}: %n epoch(s), batch {1}, "
                                      "lr {2} → {3}", "", 1).startswith("training {0}: 1 epoch,")


def test_the_window_speaks_russian(qapp, qtbot, tmp_path):
    from bnn_gui.gui.main_window import MainWindow

    language.install(qapp, "ru")
    try:
        w = MainWindow(model="bnn-mlp", settings=QSettings(str(tmp_path / "s.ini"),
                                                           QSettings.Format.IniFormat))
        qtbot.addWidget(w)
        titles = [a.text() for a in w.menuBar().actions()]
        assert titles[:3] == ["&Файл", "&Правка", "&Цифры"]
        assert w.lessons.player.bar.next.text() == "Далее ▶"
        w.open_image(str(tmp_path / "missing.png"))  # what the status bar says, in Russian
        assert w.statusBar().currentMessage().startswith("чтение ")
        w.pictures.cancel()
        bold = np.zeros((16, 16), np.float32)
        bold[1:15, 5:11] = 1  # a bold 1 filling a 16x16 scan: thinned
        w.session.drawing.set_image(bold)
        w._on_picture_opened("scan.png")
        assert "утончены до 2.6" in w.statusBar().currentMessage()
        w.close()
    finally:
        language.install(qapp, "en")


def test_the_language_is_chosen_as_documented(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert language.choose("zh_CN", settings) == "zh_CN"
    with pytest.raises(ValueError, match="not offered"):
        language.choose("fr", settings)
    settings.setValue(language.SETTING, "ru")
    assert language.choose(None, settings) == "ru"
    settings.setValue(language.SETTING, "klingon")  # a hand-edited file: the system's
    assert language.choose(None, settings) == language.system_language()
    assert language.system_language(QLocale("ru_RU")) == "ru"
    assert language.system_language(QLocale("zh_CN")) == "zh_CN"
    assert language.system_language(QLocale("zh_TW")) == "en"  # traditional: not offered
    assert language.system_language(QLocale("de_DE")) == "en"


@pytest.mark.parametrize("lang, word", [("ru", "нейрон"), ("zh_CN", "神经元")])
def test_the_built_in_lessons_speak_the_window_s_language(qapp, lang, word):
    from bnn_gui.core import lessons

    english = lessons.load("one-neuron")
    translated = lessons.load("one-neuron", lang)
    assert word in translated.title and translated.title != english.title
    # the same steps: only the words differ
    strip = [{k: v for k, v in vars(s).items() if k not in ("caption", "invite")}
             for s in translated.steps]
    assert strip == [{k: v for k, v in vars(s).items() if k not in ("caption", "invite")}
                     for s in english.steps]
    for name, _ in lessons.builtins():
        assert all(s.caption for s in lessons.load(name, lang).steps)
    assert [n for n, _ in lessons.builtins(lang)] == [n for n, _ in lessons.builtins()]


@pytest.mark.parametrize("lang, words, number", [("ru", "такого файла нет", "50\u00a0000"),
                                                 ("zh_CN", "文件不存在", "50,000")])
def test_file_errors_are_said_in_the_window_s_language(qapp, tmp_path, lang, words, number):
    """A file the core cannot use is said in the window's language, its numbers in the
    locale's way, a reason inside it too; the command line keeps the English."""
    from bnn_gui.core.nets.checkpoint import ModelFileError, read_model_file
    from bnn_gui.core.runs.personal_file import MAX_SAMPLES, PersonalSetError, read_file
    from bnn_gui.gui.messages import error_text

    missing = tmp_path / "gone.safetensors"
    with pytest.raises(ModelFileError) as e:
        read_model_file(missing)
    folder = tmp_path / "a-folder.json"
    folder.mkdir()
    with pytest.raises(PersonalSetError) as wrapped:
        read_file(folder)
    too_many = PersonalSetError("{path}: the personal set holds at most {MAX_SAMPLES} digits; "
                                "export it and start a new one (nothing was changed)",
                                path="p.json", MAX_SAMPLES=MAX_SAMPLES)
    assert str(e.value) == f"{missing}: no such file"
    assert "50,000 digits" in str(too_many)
    try:
        language.install(qapp, lang)
        assert error_text(e.value) == str(e.value).replace(": no such file", "") + (
            ": " if lang == "ru" else "：") + words
        assert number in error_text(too_many) and "50,000" in str(too_many)
        said = error_text(wrapped.value)  # "is a folder, not a personal-set file", both parts
        assert str(folder) in said and "folder" not in said.replace(str(folder), "")
    finally:
        language.install(qapp, "en")
    assert error_text(e.value) == str(e.value)


def test_numbers_follow_the_window_s_language(qapp):
    try:
        language.install(qapp, "ru")
        assert (language.number(97.254, 2), language.number(10000)) == ("97,25", "10\u00a0000")
        language.install(qapp, "zh_CN")
        assert (language.number(97.254, 2), language.number(10000)) == ("97.25", "10,000")
    finally:
        language.install(qapp, "en")
    assert (language.number(97.254, 2), language.number(10000)) == ("97.25", "10,000")


@pytest.mark.parametrize("lang, reading, saving", [("ru", "читаю", "сохраняю модель"),
                                                   ("zh_CN", "正在读取", "正在保存模型")])
def test_a_run_s_progress_is_said_in_the_window_s_language(qapp, lang, reading, saving, mnist,
                                                           monkeypatch):
    """What a training run says while it reads MNIST, fine-tunes or saves (the worker's
    words, from its thread), and the MNIST download's dialog: the data reader's own steps
    (core/translatable.Worded) in the window's language; a plain text is passed on as it came."""
    from bnn_gui.core.runs import data
    from bnn_gui.gui.messages import step_text
    from bnn_gui.gui.runs import run_controller as rc

    steps = []
    monkeypatch.setattr(data, "_cache", {})  # read the files again: each step is reported
    data.load_mnist(progress=lambda what, done, total: steps.append(what))
    assert steps[-1] == "reading t10k-labels-idx1-ubyte"  # the English, for the command line
    try:
        language.install(qapp, lang)
        assert step_text(steps[-1]) == f"{reading} t10k-labels-idx1-ubyte"
        assert saving in rc._tr("saving the model…")
        assert step_text("checking the cache") == "checking the cache"
    finally:
        language.install(qapp, "en")
    assert step_text(steps[-1]) == "reading t10k-labels-idx1-ubyte"
