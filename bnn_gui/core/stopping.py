"""Stopping long work between steps, without PyTorch (the window's background work uses it
too): a ``should_stop()`` callable is asked, and ``Stopped`` is raised when it says so."""


class Stopped(Exception):
    """Raised inside a run when its ``should_stop`` says so (between batches of any phase)."""


def check(should_stop) -> None:
    if should_stop is not None and should_stop():
        raise Stopped()
