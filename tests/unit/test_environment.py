"""The worker's environment (model/worker/environment.py): the base Python per platform,
what pip installs per backend, the environment a child Python gets, the checks of
the base Python, and a set-up that fails or is cancelled leaving nothing behind."""
import os
import platform
import stat
import sys

import pytest

from model.worker import environment
from model.core.errors import Cancelled, InputError
from model.core.progress import Progress

pytestmark = pytest.mark.worker

WINDOWS_PREFIX = r"C:\Program Files\QGIS 3.40.6\apps\Python312"
MAC_EXECUTABLE = "/Applications/QGIS-LTR.app/Contents/MacOS/QGIS"


class TestBasePython:
    def test_windows_uses_the_python_next_to_sys_prefix_not_qgis_itself(self):
        qgis_exe = r"C:\Program Files\QGIS 3.40.6\bin\qgis-ltr-bin.exe"
        candidates = environment.base_python_candidates("Windows", WINDOWS_PREFIX, qgis_exe)
        assert candidates[0] == os.path.join(WINDOWS_PREFIX, "python.exe")
        assert qgis_exe not in candidates
        found = environment.find_base_python(None, "Windows", WINDOWS_PREFIX, qgis_exe,
                                             exists=lambda path: path == os.path.join(WINDOWS_PREFIX, "python.exe"))
        assert found == os.path.join(WINDOWS_PREFIX, "python.exe")

    def test_macos_uses_the_python_inside_qgis_app(self):
        prefix = "/Applications/QGIS-LTR.app/Contents/Frameworks/Python.framework/Versions/3.12"
        candidates = environment.base_python_candidates("Darwin", prefix, MAC_EXECUTABLE)
        assert candidates[0] == "/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3"
        assert f"{prefix}/bin/python3" in candidates
        framework = "/Applications/QGIS-LTR.app/Contents/Frameworks/Python.framework/Versions/Current/bin/python3"
        assert environment.find_base_python(None, "Darwin", "/elsewhere", MAC_EXECUTABLE,
                                            exists=lambda path: path == framework) == framework

    def test_linux_uses_the_system_python(self):
        assert environment.base_python_candidates("Linux", "/usr", "/usr/bin/qgis.bin") == ["/usr/bin/python3"]

    def test_the_users_choice_wins_and_must_exist(self):
        assert environment.find_base_python("/opt/py/bin/python3", "Linux", exists=lambda path: True) == \
            "/opt/py/bin/python3"
        with pytest.raises(InputError, match="'/opt/none/python3' does not exist"):
            environment.find_base_python("/opt/none/python3", "Linux", exists=lambda path: False)

    def test_a_folder_is_not_a_python(self, tmp_path):
        with pytest.raises(InputError, match="is a folder. Name the python executable itself"):
            environment.find_base_python(str(tmp_path), "Linux")

    def test_nothing_found_says_where_it_looked(self):
        with pytest.raises(InputError, match=r"looked for .*python\.exe.*Name one in BASE_PYTHON"):
            environment.find_base_python(None, "Windows", WINDOWS_PREFIX, "qgis-bin.exe", exists=lambda path: False)

    def test_the_system_python_passes(self):
        assert environment.check_base_python("/usr/bin/python3")[:2] >= environment.MINIMUM_PYTHON

    def fake_python(self, tmp_path, script):
        path = tmp_path / "python3"
        path.write_text("#!/bin/sh\n" + script + "\n")
        path.chmod(path.stat().st_mode | stat.S_IXUSR)
        return str(path)

    def test_a_too_old_python_is_refused(self, tmp_path):
        old = self.fake_python(tmp_path, "echo 3 8 10")
        with pytest.raises(InputError, match=r"is version 3\.8\.10; the deep-learning packages need Python 3\.10"):
            environment.check_base_python(old)

    def test_a_python_without_gdal_is_refused(self, tmp_path):
        no_gdal = self.fake_python(tmp_path, f'exec "{sys.executable}" -I -S "$@"')  # isolated: no site-packages
        with pytest.raises(InputError, match=r"has no GDAL bindings \(osgeo\)"):
            environment.check_base_python(no_gdal)

    def test_a_python_that_does_not_answer_is_refused(self, tmp_path, monkeypatch):
        """Before, the timeout of the second check (the Python without GDAL) was a traceback."""
        monkeypatch.setattr(environment, "CHECK_SECONDS", 1)
        silent = self.fake_python(tmp_path, "exec sleep 30")
        with pytest.raises(InputError, match=r"The base Python '.*python3' cannot run \(.*timed out after 1 second"):
            environment.check_base_python(silent)


class TestSelfCheck:
    """The new environment's check of itself, whose failures were tracebacks."""

    def test_a_python_that_cannot_start(self, tmp_path):
        with pytest.raises(InputError, match=r"The new environment does not work: .*No such file"):
            environment.self_check(str(tmp_path / "bin" / "python"))

    def test_a_python_that_does_not_answer(self, tmp_path, monkeypatch):
        monkeypatch.setattr(environment, "SELF_CHECK_SECONDS", 1)
        silent = TestBasePython.fake_python(None, tmp_path, "exec sleep 30")
        with pytest.raises(InputError, match=r"The new environment does not work: .*timed out after 1 second"):
            environment.self_check(silent)

    def test_the_workers_answer(self):
        check = environment.self_check(sys.executable)
        assert check["python"] == platform.python_version() and check["keras"].startswith("3.")
        assert check["backend"] in ("tensorflow", "torch", "jax") and isinstance(check["gpus"], list)


class TestRequirements:
    def test_default_is_requirements_txt_with_its_markers(self):
        assert environment.requirements("default") == ["-r", environment.REQUIREMENTS]

    def test_pytorch_replaces_the_backend_lines(self):
        packages = environment.requirements("torch")
        assert not [p for p in packages if p.startswith("tensorflow")]
        assert [p for p in packages if p.startswith("torch")] == ["torch>=2.2,<3"]
        assert "keras==3.15.1" in packages and "scikit-learn==1.9.1" in packages

    @pytest.mark.parametrize("platform, python, backend", [
        ({"sys_platform": "linux", "platform_machine": "x86_64"}, "3.11", "tensorflow-cpu"),  # Debian 12
        ({"sys_platform": "linux", "platform_machine": "x86_64"}, "3.13", "tensorflow-cpu"),  # Debian 13
        ({"sys_platform": "linux", "platform_machine": "x86_64"}, "3.14", "torch"),  # Debian 14
        ({"sys_platform": "win32", "platform_machine": "AMD64"}, "3.12", "tensorflow-cpu"),  # QGIS 3.40/3.44
        ({"sys_platform": "darwin", "platform_machine": "arm64"}, "3.12", "tensorflow"),
        ({"sys_platform": "darwin", "platform_machine": "x86_64"}, "3.12", "torch"),
    ])
    def test_every_platform_gets_exactly_one_backend_that_has_a_build(self, platform, python, backend):
        """requirements.txt's markers, evaluated for each platform the plugin runs on
        (each chosen package has a wheel there: checked with pip for this pin)."""
        from packaging.requirements import Requirement

        environment_ = dict(platform, python_version=python, python_full_version=python + ".0", os_name="posix",
                            platform_system="", platform_release="", platform_version="",
                            platform_python_implementation="CPython", implementation_name="cpython",
                            implementation_version=python + ".0", extra="")
        with open(environment.REQUIREMENTS, encoding="utf-8") as handle:
            chosen = [Requirement(line).name for line in (row.split("#")[0].strip() for row in handle) if line
                      and (Requirement(line).marker is None or Requirement(line).marker.evaluate(environment_))]
        assert [name for name in chosen if name in environment.BACKEND_PACKAGES] == [backend]
        assert ("numpy" in chosen) == (python == "3.11")

    def test_the_manual_commands_repeat_the_set_up(self):
        commands = environment.manual_commands("/usr/bin/python3", "/home/u/env", "torch")
        assert commands.startswith('"/usr/bin/python3" -m venv --system-site-packages "/home/u/env" && ')
        assert '"/home/u/env/bin/python" -m pip install' in commands and '"torch>=2.2,<3"' in commands


def test_child_environment_drops_qgis_python_settings():
    child = environment.child_environment({"PYTHONHOME": r"C:\QGIS\apps\Python312", "PYTHONPATH": "x",
                                           "PATH": "/usr/bin", "HTTPS_PROXY": "http://proxy:3128"})
    assert child == {"PATH": "/usr/bin", "HTTPS_PROXY": "http://proxy:3128", "PYTHONUNBUFFERED": "1"}


class TestFailures:
    def failure(self, lines):
        return environment._failure(1, lines, "/usr/bin/python3", "/home/u/env", "default").message.render()

    def test_no_connection(self):
        text = self.failure(["WARNING: Retrying ... NewConnectionError('Failed to establish a new connection')",
                             "ERROR: Could not find a version that satisfies the requirement keras==3.15.1"])
        assert text.startswith("pip could not get the packages (ERROR: Could not find a version")
        assert "HTTPS_PROXY" in text and "By hand: \"/usr/bin/python3\" -m venv" in text

    def test_disk_full(self):
        assert self.failure(["ERROR: Could not install packages due to an OSError: [Errno 28] No space left on "
                             "device"]).startswith("The disk holding '/home/u/env' is full")

    def test_anything_else_shows_the_last_lines(self):
        text = self.failure(["Building wheel", "error: subprocess-exited-with-error"])
        assert "exit code 1" in text and "subprocess-exited-with-error" in text


@pytest.fixture
def existing(tmp_path):
    """An environment folder from an earlier set-up, which a failed one must keep."""
    folder = tmp_path / "env"
    folder.mkdir()
    (folder / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (folder / "earlier").write_text("kept")
    return str(folder)


def assert_unchanged(folder):
    assert sorted(os.listdir(folder)) == ["earlier", "pyvenv.cfg"] and not os.path.exists(folder + ".partial")


class TestTheFolder:
    """The set-up replaces its folder: never a file, a folder of the user's or one it
    cannot write."""

    def test_new_empty_or_an_earlier_environment_is_taken(self, existing, tmp_path):
        (tmp_path / "empty").mkdir()
        for folder in (existing, str(tmp_path / "empty"), str(tmp_path / "new" / "deeper" / "env")):
            environment.check_folder(folder)

    def test_a_folder_with_other_files_is_refused_and_kept(self, tmp_path):
        (tmp_path / "documents").mkdir()
        (tmp_path / "documents" / "thesis.docx").write_text("years of work")
        with pytest.raises(InputError, match="already holds other files, which the set-up would replace"):
            environment.create(str(tmp_path / "documents"), "/usr/bin/python3", "default", Progress(),
                               lambda line: None)
        assert os.listdir(tmp_path / "documents") == ["thesis.docx"]

    def test_a_file_is_refused(self, tmp_path):
        (tmp_path / "env").write_text("")
        with pytest.raises(InputError, match="is a file"):
            environment.check_folder(str(tmp_path / "env"))

    @pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
    def test_an_unwritable_place_is_refused(self, tmp_path):
        (tmp_path / "locked").mkdir(mode=0o500)
        with pytest.raises(InputError, match="is not writable"):
            environment.check_folder(str(tmp_path / "locked" / "env"))

    def test_a_place_no_one_can_write_is_refused(self):
        with pytest.raises(InputError, match="'/proc' is not writable"):
            environment.check_folder("/proc/lsghnet-env")


def test_cancel_during_pip_leaves_the_earlier_environment(existing):
    cancelled = []
    log = lambda line: cancelled.append(True) if line.startswith("Installing:") else None  # noqa: E731
    with pytest.raises(Cancelled):
        environment.create(existing, "/usr/bin/python3", "default", Progress(is_cancelled=lambda: bool(cancelled)),
                           log)
    assert_unchanged(existing)


def test_pip_failure_leaves_the_earlier_environment(existing, tmp_path, monkeypatch):
    """pip with no index at all: it fails at once, without the network."""
    monkeypatch.setenv("PIP_NO_INDEX", "1")
    monkeypatch.setenv("PIP_FIND_LINKS", str(tmp_path))
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    with pytest.raises(InputError) as raised:
        environment.create(existing, "/usr/bin/python3", "default", Progress(), lambda line: None)
    assert raised.value.message.render().startswith("pip could not get the packages (ERROR: ")
    assert_unchanged(existing)
