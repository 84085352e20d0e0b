import pytest


@pytest.fixture
def window(open_window):
    return open_window("bnn-cnn")
