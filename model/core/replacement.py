"""All-or-nothing output files, for every output the engine writes (rasters, model
files, reports, catalogues): written under a temporary name beside the destination
and moved into place together only when the whole run has succeeded; a disk that
fills up, a file that cannot be replaced or a cancel leaves every earlier output as
it was."""
from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
import uuid
from typing import Iterator

from .errors import InputError, disk_failure, disk_full


#: Less free space than this on an output's disk after a failed write: the disk was full.
FULL_BYTES = 1 << 20


@contextlib.contextmanager
def atomic_outputs(*paths: str) -> Iterator[list]:
    """Yield temporary paths beside `paths`; move them onto `paths` only when the
    block succeeds.

    A failed or cancelled run (any exception) removes the temporary files, and the
    move is all or nothing (`_replace_all`), so every destination is either the
    complete new result or untouched. A write that fails because the disk is full
    (GDAL then reports only a write error) says so.
    """
    temporaries, folders = [], [os.path.dirname(os.path.abspath(path)) for path in paths]
    try:
        for path, folder in zip(paths, folders):
            if not os.path.isdir(folder):
                raise InputError("The output folder '{folder}' does not exist. Choose an existing folder.",
                                 folder=folder)
            if not os.access(folder, os.W_OK):
                raise InputError("The output folder '{folder}' is not writable. Choose a folder you may write to.",
                                 folder=folder)
            temporaries.append(_new_partial_file(folder, os.path.splitext(path)[1]))
        yield temporaries
        mode = _new_file_mode()
        moves = []
        for temporary, path in zip(temporaries, paths):
            os.chmod(temporary, mode)  # mkstemp makes 0600; outputs get what the user's other new files get
            # GDAL keeps some metadata (category names, statistics) in a sidecar:
            # move the new one along, and never leave the old file's behind.
            sidecar = temporary + ".aux.xml"
            moves += [(temporary, path), (sidecar if os.path.exists(sidecar) else None, path + ".aux.xml")]
        _replace_all(moves)
    except (OSError, RuntimeError) as error:
        full = next((folder for folder in folders if os.path.isdir(folder)
                     and shutil.disk_usage(folder).free < FULL_BYTES), None)
        failure = disk_failure(error) or (disk_full(full) if full else None)
        if failure is None:
            raise
        raise failure from error
    finally:
        for temporary in temporaries:
            for leftover in (temporary, temporary + ".aux.xml"):
                with contextlib.suppress(FileNotFoundError):
                    os.remove(leftover)


def _replace_all(moves: list) -> None:
    """Move each (source, destination) pair's source onto its destination (a source
    of None: no file there any more), all or none. The destinations that exist are
    first moved aside, then the sources in, then the old files removed; if a move
    fails or the run is cancelled meanwhile, the old files are put back. A file open
    in another program cannot be moved on Windows (a raster loaded in QGIS, say):
    that becomes a plain message, and nothing is replaced. A read-only file is
    refused the same way, on every platform: its owner protected it (and on Windows
    its moved-aside copy could not be removed afterwards)."""
    aside, placed, destination = [], [], None
    try:
        for _, destination in moves:
            if os.path.isdir(destination):
                raise InputError("'{path}' is a folder. Choose a file name for the output.", path=destination)
            if os.path.lexists(destination):
                if not os.lstat(destination).st_mode & stat.S_IWUSR:
                    raise InputError("'{path}' is read-only, so it was not replaced and nothing was written. Choose "
                                     "another output file, or make this one writable if it may be replaced.",
                                     path=destination)
                backup = _free_name(os.path.dirname(destination), ".lsghnet-old-", os.path.splitext(destination)[1])
                os.replace(destination, backup)
                aside.append((backup, destination))
        for source, destination in moves:
            if source is not None:
                os.replace(source, destination)
                placed.append(destination)
    except BaseException as error:
        for new in placed:
            with contextlib.suppress(OSError):
                os.remove(new)
        for backup, old in reversed(aside):
            with contextlib.suppress(OSError):  # never expected; the old file then stays under the backup's name
                os.replace(backup, old)
        if isinstance(error, OSError):
            raise InputError("'{path}' could not be replaced ({reason}), so nothing was written. If the file is open "
                             "in another program, or loaded as a layer in QGIS on Windows, close it or remove the "
                             "layer, or choose another output file.", path=destination,
                             reason=error.strerror or str(error)) from error
        raise
    for backup, _ in aside:
        with contextlib.suppress(OSError):
            os.remove(backup)


def _new_partial_file(folder: str, extension: str) -> str:
    """An empty new file in `folder` for an output to be written to. Its name has a
    fixed length (25 characters and the extension), so a long output name does not
    make it too long; a folder whose path is too long for one (Windows limits a path
    to 260 characters) is a plain message."""
    try:
        handle, path = tempfile.mkstemp(prefix=".lsghnet-partial-", suffix=extension, dir=folder)
    except OSError as error:
        if disk_failure(error):
            raise  # atomic_outputs says which disk is full
        raise InputError("A new file could not be created in the output folder '{folder}' ({reason}). Choose a "
                         "folder with a shorter path (Windows allows at most 260 characters in a path, file name "
                         "included), or another folder.", folder=folder,
                         reason=error.strerror or str(error)) from error
    os.close(handle)
    return path


def _free_name(folder: str, prefix: str, extension: str) -> str:
    """A path in `folder` that nothing occupies: `prefix`, 8 random hex digits and
    `extension`. Shorter than the partial files' names, so it fits wherever they do,
    however long the output's own name."""
    while True:
        path = os.path.join(folder, f"{prefix}{uuid.uuid4().hex[:8]}{extension}")
        if not os.path.lexists(path):
            return path


def _new_file_mode() -> int:
    """The permissions a new file gets under the process's umask (0644 under 022)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[str]:
    """`atomic_outputs` for one file."""
    with atomic_outputs(path) as (temporary,):
        yield temporary
