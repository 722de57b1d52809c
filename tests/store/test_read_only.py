"""A read-only file and a file in a read-only folder are refused the same way, by root too."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.services.core.workspace import Workspace
from app.store.errors import ReadOnlyFileError
from tests.conftest import sample_details


def make_file(folder: Path, clock, data_dir) -> Path:
    ws = Workspace(clock, data_dir)
    ws.new(folder / "archive.convene", sample_details("Archived Convening"))
    ws.close()
    return folder / "archive.convene"


def refused(path: Path, clock, data_dir) -> str:
    names = sorted(p.name for p in path.parent.iterdir())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    ws = Workspace(clock, data_dir)
    with pytest.raises(ReadOnlyFileError) as info:
        ws.open(path)
    assert ws.store is None
    assert sorted(p.name for p in path.parent.iterdir()) == names, "no lock file or probe left in the folder"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    message = str(info.value)
    assert "archive.convene" in message and "read-only" in message
    return message


def test_a_file_in_a_read_only_folder_is_refused(tmp_path, data_dir, clock):
    folder = tmp_path / "archive"
    folder.mkdir()
    path = make_file(folder, clock, data_dir)
    folder.chmod(0o555)
    try:
        message = refused(path, clock, data_dir)
    finally:
        folder.chmod(0o755)
    assert "folder is read-only" in message and "Copy it to a folder you can write to" in message


def test_a_read_only_file_is_refused_the_same_way(tmp_path, data_dir, clock):
    path = make_file(tmp_path, clock, data_dir)
    path.chmod(0o444)
    try:
        message = refused(path, clock, data_dir)
    finally:
        path.chmod(0o644)
    assert "the file is read-only" in message


def test_a_new_file_in_a_read_only_folder_is_refused(tmp_path, data_dir, clock):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(ReadOnlyFileError):
            Workspace(clock, data_dir).new(folder / "new.convene", sample_details())
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
