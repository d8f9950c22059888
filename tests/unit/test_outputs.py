"""How every output file is written (model/core/replacement.py atomic_outputs): in full or not
at all, with the permissions the user's other new files get."""
import errno
import gc
import os
import stat
from collections import namedtuple

import numpy as np
import pytest

from model.core import replacement
from model.core.errors import Cancelled, InputError, disk_failure
from model.core.raster import Grid, create_float_raster
from model.core.replacement import atomic_output, atomic_outputs
from tests.helpers import small_disk


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_outputs_get_the_permissions_of_the_users_new_files(tmp_path, umask):
    paths = [str(tmp_path / name) for name in ("stack.tif", "model.lsghnet", "report.html")]
    previous = os.umask(umask)
    try:
        with atomic_outputs(*paths) as temporaries:
            for temporary in temporaries:
                with open(temporary, "wb") as handle:
                    handle.write(b"content")
        plain = tmp_path / "plain.txt"
        plain.write_bytes(b"a file the user makes")
    finally:
        os.umask(previous)
    expected = stat.S_IMODE(plain.stat().st_mode)
    assert expected == 0o666 & ~umask
    assert [stat.S_IMODE(os.stat(path).st_mode) for path in paths] == [expected] * 3


def test_a_failed_run_leaves_nothing(tmp_path):
    target = tmp_path / "stack.tif"
    target.write_bytes(b"the earlier result")
    with pytest.raises(RuntimeError):
        with atomic_outputs(str(target)) as (temporary,):
            with open(temporary, "wb") as handle:
                handle.write(b"half")
            raise RuntimeError("cancelled")
    assert target.read_bytes() == b"the earlier result" and os.listdir(tmp_path) == ["stack.tif"]


def written(paths, contents):
    """Run `atomic_outputs` on `paths`, writing `contents` (and a GDAL sidecar for the first)."""
    with atomic_outputs(*map(str, paths)) as temporaries:
        for temporary, content in zip(temporaries, contents):
            with open(temporary, "w") as handle:
                handle.write(content)
        with open(temporaries[0] + ".aux.xml", "w") as handle:
            handle.write("new statistics")


@pytest.fixture
def earlier_results(tmp_path):
    """Two outputs of an earlier run, the first with its GDAL sidecar."""
    paths = [tmp_path / "susceptibility.tif", tmp_path / "uncertainty.tif"]
    for path in paths:
        path.write_text("earlier " + path.name)
    (tmp_path / "susceptibility.tif.aux.xml").write_text("earlier statistics")
    return paths


def contents(folder):
    return {path.name: path.read_text() for path in folder.iterdir()}


def test_a_file_that_cannot_be_replaced_leaves_every_output_as_it_was(tmp_path, earlier_results, monkeypatch):
    """On Windows a raster loaded in QGIS cannot be moved: the second output failing
    must not leave the first one replaced, and the user reads what to do."""
    before = contents(tmp_path)
    replace = os.replace

    def locked(source, destination):
        if os.path.basename(source) == "uncertainty.tif":
            raise PermissionError(13, "Access is denied")
        replace(source, destination)

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(InputError) as raised:
        written(earlier_results, ["new map", "new spread"])
    assert raised.value.message.render() == (
        f"'{earlier_results[1]}' could not be replaced (Access is denied), so nothing was written. If the file is "
        "open in another program, or loaded as a layer in QGIS on Windows, close it or remove the layer, or choose "
        "another output file.")
    assert contents(tmp_path) == before


def test_a_cancel_while_the_outputs_are_moved_puts_the_earlier_ones_back(tmp_path, earlier_results, monkeypatch):
    before = contents(tmp_path)
    replace, moves = os.replace, []

    def cancelled_midway(source, destination):
        moves.append(destination)
        if len(moves) == 5:  # the old outputs and sidecar are aside, the first new output is in
            raise Cancelled()
        replace(source, destination)

    monkeypatch.setattr(os, "replace", cancelled_midway)
    with pytest.raises(Cancelled):
        written(earlier_results, ["new map", "new spread"])
    assert contents(tmp_path) == before


def test_all_outputs_replaced_and_the_old_sidecar_gone(tmp_path, earlier_results):
    written(earlier_results, ["new map", "new spread"])
    assert contents(tmp_path) == {"susceptibility.tif": "new map", "susceptibility.tif.aux.xml": "new statistics",
                                  "uncertainty.tif": "new spread"}
    with atomic_outputs(str(earlier_results[0])) as (temporary,):
        with open(temporary, "w") as handle:
            handle.write("newer map")
    assert contents(tmp_path) == {"susceptibility.tif": "newer map", "uncertainty.tif": "new spread"}


def test_an_earlier_output_with_the_longest_name_is_replaced(tmp_path):
    """The earlier output is moved aside under a name of fixed length: before, the name
    was the output's own with 50 characters more, which made a long name too long for
    the file system (255 bytes here; on Windows 260 characters for the whole path)."""
    target = tmp_path / ("m" * (255 - len(".tif.aux.xml")) + ".tif")  # its GDAL sidecar's name fits
    target.write_text("earlier map")
    written([target], ["new map"])
    assert contents(tmp_path) == {target.name: "new map", target.name + ".aux.xml": "new statistics"}


@pytest.mark.parametrize("failure, message", [
    (FileNotFoundError(errno.ENOENT, "The system cannot find the path specified", "{folder}/.lsghnet-partial-x.tif"),
     "A new file could not be created in the output folder '{folder}' (The system cannot find the path specified). "
     "Choose a folder with a shorter path (Windows allows at most 260 characters in a path, file name included), or "
     "another folder."),
    (OSError(errno.ENOSPC, "No space left on device", "{folder}/.lsghnet-partial-x.tif"),
     "The disk holding '{folder}' is full, so nothing was written. Free some space there, or choose an output folder "
     "on another disk."),
])
def test_a_partial_file_that_cannot_be_made_is_a_plain_message(tmp_path, monkeypatch, failure, message):
    """Windows refuses a path longer than 260 characters: a deep output folder leaves no
    room for the partial file's name beside the output."""
    target = tmp_path / "map.tif"
    target.write_text("earlier map")

    def refused(**_):  # as os.open raises it: naming the file it could not create
        raise type(failure)(failure.errno, failure.strerror, failure.filename.format(folder=tmp_path))

    monkeypatch.setattr(replacement.tempfile, "mkstemp", refused)
    with pytest.raises(InputError) as raised:
        written([target], ["new map"])
    assert raised.value.message.render() == message.format(folder=tmp_path)
    assert contents(tmp_path) == {"map.tif": "earlier map"}


def test_a_folder_is_not_an_output(tmp_path):
    (tmp_path / "map.tif").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        written([tmp_path / "map.tif"], ["new map"])
    assert (tmp_path / "map.tif").is_dir() and contents(tmp_path / "map.tif") == {}
    assert [path.name for path in tmp_path.iterdir()] == ["map.tif"]


@pytest.mark.parametrize("protected", ["uncertainty.tif", "susceptibility.tif.aux.xml"])
def test_a_read_only_earlier_output_is_kept(tmp_path, earlier_results, protected):
    """A file its owner made read-only is not replaced (before, it was moved aside and
    replaced; on Windows its moved-aside copy then stayed beside the output)."""
    (tmp_path / protected).chmod(0o444)
    before = contents(tmp_path)
    with pytest.raises(InputError) as raised:
        written(earlier_results, ["new map", "new spread"])
    assert raised.value.message.render() == (
        f"'{tmp_path / protected}' is read-only, so it was not replaced and nothing was written. Choose another "
        "output file, or make this one writable if it may be replaced.")
    assert contents(tmp_path) == before and stat.S_IMODE((tmp_path / protected).stat().st_mode) == 0o444


def full_disk_message(folder):
    return (f"The disk holding '{folder}' is full, so nothing was written. Free some space there, or choose an "
            "output folder on another disk.")


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # GDAL repeats the error on close
def test_a_raster_that_fills_the_disk_says_so(tmp_path):
    """GDAL reports a full disk only as a write error ("TIFFAppendToStrip:Write error");
    the earlier output stays, the partial file goes."""
    with small_disk(tmp_path / "small") as folder:
        if folder is None:
            pytest.skip("mounting a small disk needs root")
        (folder / "map.tif").write_bytes(b"earlier map")
        with pytest.raises(InputError) as raised:
            with atomic_output(str(folder / "map.tif")) as temporary:
                dataset = create_float_raster(temporary, Grid(1000, 1000, (0, 1, 0, 1000, 0, -1), ""), -9999)
                dataset.GetRasterBand(1).WriteArray(np.random.default_rng(0).random((1000, 1000)))
                dataset.FlushCache()
                dataset = None
        assert raised.value.message.render() == full_disk_message(folder)
        assert contents(folder) == {"map.tif": "earlier map"}
        raised = dataset = None
        gc.collect()  # closes the dataset while the warning filter applies: GDAL repeats its write error


Usage = namedtuple("Usage", "total used free")


@pytest.mark.parametrize("free, named", [(0, True), (replacement.FULL_BYTES, False)])
def test_a_failed_write_is_a_full_disk_only_when_the_disk_is_full(tmp_path, monkeypatch, free, named):
    monkeypatch.setattr(replacement.shutil, "disk_usage", lambda folder: Usage(10 ** 9, 10 ** 9 - free, free))
    with pytest.raises(InputError if named else RuntimeError) as raised:
        with atomic_output(str(tmp_path / "map.tif")):
            raise RuntimeError("TIFFAppendToStrip:Write error at scanline 256")
    if named:
        assert raised.value.message.render() == full_disk_message(tmp_path)
    assert contents(tmp_path) == {}


def test_an_os_error_of_a_full_disk_names_the_folder_of_its_file(tmp_path):
    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "samples.npz"))
    assert disk_failure(full).message.render() == full_disk_message(tmp_path)
    assert disk_failure(OSError(errno.ENOSPC, "No space left on device")).message.render().startswith(
        "A disk is full, so nothing was written.")
    assert disk_failure(OSError(errno.EACCES, "Permission denied")) is None
    assert disk_failure(RuntimeError("no")) is None
