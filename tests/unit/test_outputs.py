"""How every output file is written (model/raster.py atomic_outputs): in full or not
at all, with the permissions the user's other new files get."""
import os
import stat

import pytest

from model.raster import atomic_outputs


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
