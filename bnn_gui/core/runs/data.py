"""MNIST: find it, read its IDX files, check them, download them when missing.

The data set is held as uint8 arrays: images (N, 28, 28) with ink = 255, labels (N,). Batches
are made later by indexing these arrays (no per-sample Python work).
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import tempfile
import urllib.parse
import urllib.request
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from bnn_gui.core.files import open_regular
from bnn_gui.core.paths import user_dir
from bnn_gui.core.translatable import QT_TRANSLATE_NOOP, Worded, WordedError

# name -> (IDX magic number, MD5 of the decompressed file, expected item count)
FILES = {
    "train-images-idx3-ubyte": (2051, "6bbc9ace898e44ae57da46a324031adb", 60000),
    "train-labels-idx1-ubyte": (2049, "a25bea736e30d166cdddb491f175f624", 60000),
    "t10k-images-idx3-ubyte": (2051, "2646ac647ad5339dbf082846283269ea", 10000),
    "t10k-labels-idx1-ubyte": (2049, "27ae3e4e09519cfbb04c329615203637", 10000),
}
# MNIST's largest file (training images: 60,000 x 784 bytes + a 16-byte header), a little over
MAX_IDX_BYTES = 48 << 20
MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)

Progress = Callable[[str, int, int], None]  # (what, done bytes, total bytes or 0)


class DataError(WordedError):
    """MNIST is missing or a file is not what it should be; the message says which and why."""


class MnistMissing(DataError):
    """No folder holds MNIST (and it was not downloaded): the message says what to put where."""


@dataclass
class Dataset:
    train_x: np.ndarray  # (N, 28, 28) uint8
    train_y: np.ndarray  # (N,) uint8
    test_x: np.ndarray
    test_y: np.ndarray
    source: str = "synthetic"
    checksums: dict = field(default_factory=dict)  # file name -> MD5 of its content


def read_idx(path: Path, magic: int, verify_md5: str | None = None) -> tuple[np.ndarray, str]:
    """Read one IDX file (gzipped or not): returns (array, MD5 of the decompressed bytes).

    Checks the magic number, that the dimensions agree with the file size, and the checksum.
    """
    path = Path(path)
    try:
        with open_regular(path, MAX_IDX_BYTES,
                          QT_TRANSLATE_NOOP("errors", "an MNIST file")) as f:
            raw = f.read(MAX_IDX_BYTES + 1)
    except OSError as e:  # a folder, a pipe, a device, too large: the message says which
        raise DataError.wrapping(e) from None
    try:
        if raw[:2] == b"\x1f\x8b":
            # inflated with a cap: an 8 MB gzip bomb would otherwise become 8 GiB before its
            # size or checksum could be checked
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as g:
                raw = g.read(MAX_IDX_BYTES + 1)
            if len(raw) > MAX_IDX_BYTES:
                raise DataError(
                    QT_TRANSLATE_NOOP("errors", "{path}: inflates to more than {MAX_IDX_BYTES} "
                                      "bytes, the size of MNIST's largest file; not "
                                      "MNIST"),
                    path=path, MAX_IDX_BYTES=MAX_IDX_BYTES)
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as e:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{path}: cannot read ({reason}); the file is damaged, "
                              "delete it"),
            path=path, reason=e) from None
    if len(raw) < 8:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{path}: only {count} bytes; not an IDX file"),
            path=path, count=len(raw))
    got_magic = int.from_bytes(raw[:4], "big")
    if got_magic != magic:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{path}: magic number {got_magic}, expected {magic}; "
                              "wrong or damaged file"),
            path=path, got_magic=str(got_magic), magic=str(magic))  # a code, not a count
    ndim = raw[3]
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{path}: header cut short"),
            path=path)
    dims = [int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(ndim)]
    expected = header + int(np.prod(dims))
    if len(raw) != expected:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{path}: header says {dims} ({expected} bytes) but the "
                              "file has {count} bytes; the file is truncated or damaged"),
            path=path, dims=dims, expected=expected, count=len(raw))
    digest = hashlib.md5(raw).hexdigest()
    if verify_md5 and digest != verify_md5:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{path}: checksum {digest} does not match MNIST's "
                              "{verify_md5}; the file is damaged or is not MNIST"),
            path=path, digest=digest, verify_md5=verify_md5)
    return np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(dims), digest


def candidate_dirs(data_dir: str | os.PathLike | None = None) -> list[Path]:
    """Folders searched, in order: the given one, $BNN_GUI_DATA, the user data folder, and where
    torchvision and Keras users usually already have MNIST."""
    dirs = []
    if data_dir:
        dirs.append(Path(data_dir))
    if env := os.environ.get("BNN_GUI_DATA"):
        dirs.append(Path(env))
    dirs.append(user_dir() / "mnist")
    home = Path.home()
    for root in (Path.cwd() / "data", home / "data", home / ".torchvision", home / "datasets"):
        dirs += [root / "MNIST" / "raw", root / "mnist"]
    return dirs


def _file_in(folder: Path, name: str) -> Path | None:
    for candidate in (folder / name, folder / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    return None


def find_mnist(data_dir: str | os.PathLike | None = None) -> Path | None:
    """The first folder holding all four IDX files, or None. A folder given explicitly must hold
    them (no silent fallback to another copy)."""
    if data_dir and Path(data_dir).exists() and not Path(data_dir).is_dir():
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{data_dir}: is a file, not a folder; give the folder "
                              "that holds MNIST's four files"),
            data_dir=data_dir)
    for folder in candidate_dirs(data_dir):
        if all(_file_in(folder, name) for name in FILES):
            return folder
        if data_dir and folder == Path(data_dir):
            if not folder.exists():
                raise DataError(
                    QT_TRANSLATE_NOOP("errors", "{folder}: no such folder"),
                    folder=folder)
            missing = [n for n in FILES if not _file_in(folder, n)]
            raise DataError(
                QT_TRANSLATE_NOOP("errors", "{folder}: MNIST files missing: {value} (.gz or not)"),
                folder=folder, value=', '.join(missing))
    return None


def _env_folder_lacks() -> tuple[str, object] | None:
    """(folder, what it lacks) when $BNN_GUI_DATA names a folder without MNIST's four files, so
    that the message says where the person pointed and why it was passed over."""
    env = os.environ.get("BNN_GUI_DATA")
    if not env:
        return None
    folder = Path(env)
    if not folder.is_dir():
        return env, WordedError(QT_TRANSLATE_NOOP("errors", "no such folder"))
    missing = [n for n in FILES if not _file_in(folder, n)]
    if not missing:
        return None
    return env, WordedError(QT_TRANSLATE_NOOP("errors", "missing: {files}"),
                            files=", ".join(missing))


def mnist_missing(download_errors: list[str] | None = None) -> DataError:
    """What is missing and where to put it (the download links included); with
    ``download_errors``, after a download that failed, and why each file could not be had.
    When $BNN_GUI_DATA points to a folder without MNIST, the message starts with that folder
    and what it lacks."""
    values = {"names": "\n".join(f"  {MIRRORS[0]}{n}.gz" for n in FILES),
              "folder": user_dir() / "mnist"}
    env = _env_folder_lacks()
    if env is not None:
        values.update(env=env[0], lacks=env[1])
    if download_errors is None:
        if env is not None:
            return MnistMissing(QT_TRANSLATE_NOOP(
                "errors", "BNN_GUI_DATA is {env}, but MNIST is not there ({lacks}).\n"
                "Put its four files (gzipped or not; 11 MB in all):\n{names}\ninto that "
                "folder, or set BNN_GUI_DATA to the folder that holds them."), **values)
        return MnistMissing(QT_TRANSLATE_NOOP(
            "errors", "MNIST was not found on this computer.\nPut its four files (gzipped or not; "
            "11 MB in all):\n{names}\ninto {folder}\nor point to the folder that holds them "
            "with --data-dir DIR or BNN_GUI_DATA=DIR."), **values)
    if env is not None:
        return DataError(QT_TRANSLATE_NOOP(
            "errors", "BNN_GUI_DATA is {env}, but MNIST is not there ({lacks}), and it "
            "could not be downloaded into {folder}.\nPut its four files (gzipped or not; 11 MB "
            "in all):\n{names}\ninto one of those folders.\n\nDownload errors:\n{errors}"),
            errors="\n".join(download_errors), **values)
    return DataError(QT_TRANSLATE_NOOP(
        "errors", "MNIST was not found, and could not be downloaded.\nPut its four files (gzipped "
        "or not; 11 MB in all):\n{names}\ninto {folder}\nor point to the folder that holds "
        "them with --data-dir DIR or BNN_GUI_DATA=DIR.\n\nDownload errors:\n{errors}"),
        errors="\n".join(download_errors), **values)


_cache: dict[tuple, Dataset] = {}


def load_mnist(data_dir: str | os.PathLike | None = None, download: bool = True,
               progress: Progress | None = None, verify: bool = True) -> Dataset:
    """Find (or download) MNIST and read it into memory. Raises DataError with a clear message."""
    folder = find_mnist(data_dir)
    if folder is None:
        # a BNN_GUI_DATA set to a folder without MNIST was a deliberate choice: say so rather
        # than fetch a copy elsewhere (the window still offers the download)
        if not download or (data_dir is None and _env_folder_lacks() is not None):
            raise mnist_missing()
        folder = download_mnist(user_dir() / "mnist", progress)
    paths = {name: _file_in(folder, name) for name in FILES}
    key = tuple((str(p), p.stat().st_mtime_ns, verify) for p in paths.values())
    if key in _cache:
        return _cache[key]
    arrays, sums = {}, {}
    for name, (magic, md5, count) in FILES.items():
        if progress:
            progress(Worded(QT_TRANSLATE_NOOP("RunWorker", "reading {0}"), name), 0, 0)
        arrays[name], sums[name] = read_idx(paths[name], magic, md5 if verify else None)
    for prefix in ("train", "t10k"):
        x, y = arrays[f"{prefix}-images-idx3-ubyte"], arrays[f"{prefix}-labels-idx1-ubyte"]
        if x.ndim != 3 or x.shape[1:] != (28, 28) or y.ndim != 1 or len(x) != len(y):
            raise DataError(
                QT_TRANSLATE_NOOP("errors", "{folder}: {prefix} images {shape} and labels "
                                  "{shape2} disagree"),
                folder=folder, prefix=prefix, shape=x.shape, shape2=y.shape)
    ds = Dataset(arrays["train-images-idx3-ubyte"], arrays["train-labels-idx1-ubyte"],
                 arrays["t10k-images-idx3-ubyte"], arrays["t10k-labels-idx1-ubyte"],
                 source=str(folder), checksums=sums)
    _cache[key] = ds
    return ds


class DownloadCancelled(DataError):
    """The person cancelled the download; no partial file is left."""


def download_mnist(dest: Path, progress: Progress | None = None, timeout: float = 10,
                   should_stop=None) -> Path:
    """Download the four files into ``dest`` from the first mirror that answers, checking each
    file's checksum before it is renamed into place. ``timeout``: seconds to connect and
    between bytes (a mirror that connects and never answers is left after that).
    ``should_stop()`` is asked between chunks: DownloadCancelled, and no partial file left."""
    existed = dest.is_dir()
    if dest.exists() and not existed:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{dest}: is a file, where MNIST's folder would go; move "
                              "it away, or point to MNIST with --data-dir DIR or "
                              "BNN_GUI_DATA=DIR"),
            dest=dest)
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise DataError(
            QT_TRANSLATE_NOOP("errors", "{dest}: the folder for MNIST cannot be made ({reason})"),
            dest=dest, reason=e.strerror or e) from None
    try:
        return _download_all(dest, progress, timeout, should_stop)
    except BaseException:
        if not existed and not any(dest.iterdir()):  # leave no empty folder behind
            dest.rmdir()
        raise


def _download_all(dest: Path, progress, timeout: float, should_stop=None) -> Path:
    errors = []
    for name, (magic, md5, _) in FILES.items():
        if _file_in(dest, name):
            continue
        for mirror in MIRRORS:
            try:
                _download(mirror + name + ".gz", dest / f"{name}.gz", magic, md5, progress,
                          timeout, should_stop)
                break
            except DownloadCancelled:
                raise
            except (OSError, DataError) as e:
                errors.append(f"{mirror}{name}.gz: {e}")
        else:
            raise mnist_missing(errors)
    return dest


def _download(url: str, target: Path, magic: int, md5: str, progress, timeout: float,
              should_stop=None) -> None:
    if progress:  # said before connecting: a mirror that never answers is not a silent wait
        progress(Worded(QT_TRANSLATE_NOOP("RunWorker", "connecting to {0} for {1}"),
                        urllib.parse.urlsplit(url).netloc, target.name), 0, 0)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=timeout) as resp:
            total, done = int(resp.headers.get("Content-Length") or 0), 0
            while chunk := resp.read(1 << 16):
                if should_stop is not None and should_stop():
                    raise DownloadCancelled(
                        QT_TRANSLATE_NOOP("errors", "the download of MNIST was cancelled"))
                out.write(chunk)
                done += len(chunk)
                if progress:
                    progress(Worded(QT_TRANSLATE_NOOP("RunWorker", "downloading {0}"),
                                    target.name), done, total)
        read_idx(Path(tmp), magic, md5)  # raises DataError if the download is wrong
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
