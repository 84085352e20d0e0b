"""Writing files so that a crash or a kill at any moment leaves the old file or the new one,
never half of one."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path

from bnn_gui.core.translatable import QT_TRANSLATE_NOOP, WordedOSError

TEMP_SUFFIX = ".tmp"


def atomic_write(path: Path, data: bytes, make_folders: bool = False,
                 replace_read_only: bool = False) -> None:
    """Write to a temporary file beside ``path``, flush it to disk, then rename it into place.

    The temporary name starts with a dot and ends with ``.tmp``, so a kill before the rename
    leaves a file nothing else reads (and ``remove_stale_temps`` tidies it away later).
    A symbolic link is followed: the file it points to is replaced and the link stays (a
    personal set linked into a synced folder stays there).

    Refused with an OSError that says why (nothing written): an existing target that is not a
    regular file (a device such as /dev/null, a FIFO, a folder: a rename would replace it), a
    read-only file unless ``replace_read_only`` (the window asks first), and a folder that does
    not exist unless ``make_folders`` (the app's own folders)."""
    path = Path(os.path.realpath(path))
    check_replaceable(path, replace_read_only)
    if make_folders:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.parent.is_dir():
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{folder}: no such folder"),
            folder=path.parent)
    # the name cut to 200 characters: a legal 255-character file name still gets a legal
    # temporary name beside it
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:200]}.",
                                   suffix=TEMP_SUFFIX)
    except OSError as e:  # said of the file asked for, never of a temporary name
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{path}: cannot be written there ({reason})"),
            path=path, reason=e.strerror or e) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; our files are not
        os.replace(tmp, path)
        _fsync_dir(path.parent)  # the rename itself survives a power cut
    except BaseException as e:
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(e, OSError):  # named by the file asked for, not the temporary one
            raise WordedOSError(
                QT_TRANSLATE_NOOP("errors", "{path}: cannot be written ({reason})"),
                path=path, reason=e.strerror or e) from None
        raise


def check_replaceable(path: Path, replace_read_only: bool = False) -> None:
    """Raise OSError (one line, naming ``path``) if an existing ``path`` must not be replaced:
    anything but a regular file, or a read-only one (unless ``replace_read_only``). Read-only
    is the file's own permission bits (root may write anything, but should still be asked)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as e:
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{path}: cannot be written ({reason})"),
            path=path, reason=e.strerror or e) from None
    if stat.S_ISDIR(st.st_mode):
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{path}: is a folder; give a file name"),
            path=path)
    if not stat.S_ISREG(st.st_mode):
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{path}: is not a regular file (a device, a pipe or a "
                              "socket); it is left as it is"),
            path=path)
    if not replace_read_only and not st.st_mode & 0o222:
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{path}: is read-only; it is left as it is"),
            path=path)


def remove_stale_reservations(folder: Path, suffix: str, min_age_s: float = 600) -> int:
    """Delete empty files ending in ``suffix``: names a save reserved (``new_file``) and never
    wrote, because the process was killed meanwhile. Younger ones are kept: a save in another
    window may be about to write its own."""
    n = 0
    now = time.time()
    for p in Path(folder).glob(f"*{suffix}"):
        try:
            st = p.lstat()
            if stat.S_ISREG(st.st_mode) and st.st_size == 0 and now - st.st_mtime >= min_age_s:
                p.unlink()
                n += 1
        except OSError:
            pass
    return n


def open_regular(path: Path, max_bytes: int, what: str):
    """Open ``path`` for reading as a binary file object if it is a regular file of at most
    ``max_bytes``; else raise OSError with a one-line reason (``what``: "a model file", ...).

    Opened without blocking and checked on the open descriptor: a FIFO would block for ever,
    a device such as /dev/zero never ends, and a check by name could race a swap."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{path}: is a folder, not {what}"),
            path=path, what=what) from None
    except OSError as e:
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{path}: cannot read ({reason})"),
            path=path, reason=e.strerror or e) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise WordedOSError(
                QT_TRANSLATE_NOOP("errors", "{path}: is a folder, not {what}"),
                path=path, what=what)
        if not stat.S_ISREG(st.st_mode):
            raise WordedOSError(
                QT_TRANSLATE_NOOP("errors", "{path}: is not a regular file (a pipe or a device?),"
                                  " not {what}"),
                path=path, what=what)
        if st.st_size > max_bytes:
            raise WordedOSError(
                QT_TRANSLATE_NOOP("errors", "{path}: {st_size} bytes is too large for {what} (at "
                                  "most {max_bytes})"),
                path=path, st_size=st.st_size, what=what, max_bytes=max_bytes)
        if hasattr(os, "O_NONBLOCK"):  # back to ordinary reads: it is a regular file
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def new_file(folder: Path, stem: str, suffix: str) -> Path:
    """A name in ``folder`` that no one else has, reserved at once: ``stem`` + ``suffix``, or
    ``stem-2`` ... when taken. The empty file is created exclusively (O_EXCL), so two processes
    naming a model in the same second never get the same name; the caller writes the file over
    its own placeholder (``atomic_write``) and removes it if it cannot."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, 10_000):
        path = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
            return path
        except FileExistsError:
            continue
    raise WordedOSError(
        QT_TRANSLATE_NOOP("errors", "{folder}: no free name for {stem}{suffix}"),
        folder=folder, stem=stem, suffix=suffix)


def new_model_file(folder: Path, preset: str, accuracy: float | None = None) -> Path:
    """A fresh, readable model name (preset, date and time, test accuracy when known:
    "bnn-mlp_2026-11-24_0052_97.75pct.safetensors"), reserved at once (``new_file``)."""
    acc = f"_{100 * accuracy:.2f}pct" if accuracy is not None else ""
    return new_file(folder, f"{preset}_{time.strftime('%Y-%m-%d_%H%M')}{acc}", ".safetensors")


def check_writable(path: Path) -> None:
    """Raise OSError naming ``path`` if a file could not be written there (checked before a
    long run, so that its result is not thrown away at the end)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name"),
            path=path)
    if len(os.fsencode(path.name)) > 255:
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{name}…: a file name is at most 255 bytes"),
            name=path.name[:40])
    if not folder.is_dir():
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{folder}: no such folder"),
            folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WordedOSError(
            QT_TRANSLATE_NOOP("errors", "{folder}: cannot write there (permission denied)"),
            folder=folder)
    check_replaceable(Path(os.path.realpath(path)))


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (through links too); False when either is missing."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(os.path.abspath(a)) == Path(os.path.abspath(b))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible on every platform (Windows); the rename is still atomic
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(folder: Path, name: str = "*", min_age_s: float = 600) -> int:
    """Delete temporary files left by writes that were killed before their rename; returns how
    many. Nothing reads them, so they are only clutter; files younger than ``min_age_s`` are
    kept, since another bnn-gui window may be writing them right now."""
    n = 0
    now = time.time()
    for p in Path(folder).glob(f".{name}.*{TEMP_SUFFIX}"):
        try:
            if now - p.stat().st_mtime >= min_age_s:
                p.unlink()
                n += 1
        except OSError:
            pass
    return n
