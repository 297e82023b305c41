"""Backup and restore of a whole data root: a round trip, and hostile archives refused in Dutch
with the data root left exactly as it was."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile

import pytest

from etl.__main__ import main
from etl.core.errors import InvalidInputError
from etl.core.settings import DataRoot, Settings
from etl.registers import backup, versions
from etl.registers import cli as register_cli

from .version_support import files, import_file, recorded, workplan


def _snapshot(root: DataRoot) -> dict[str, bytes]:
    """Every file of the data root but the (emptied) lock file."""
    return {
        path.relative_to(root.root).as_posix(): path.read_bytes()
        for path in sorted(root.root.rglob("*"))
        if path.is_file() and path.name != versions.LOCK_FILE
    }


@pytest.fixture
def saved(settings, tmp_path):
    """A data root with two imports, and its backup."""
    data = settings.data
    import_file(settings, workplan(data, "Actualisatie", "Herziening"))
    import_file(settings, workplan(data, "Herziening", "Evaluatie"))
    out = tmp_path / "kopie" / "reservekopie.tar.gz"
    manifest = backup.backup(data, out, "cli:beheer")
    return out, manifest


def _fresh(tmp_path, name="nieuw") -> Settings:
    root = tmp_path / name
    root.mkdir()
    return Settings.from_env({"VNON_DATA_DIR": str(root)})  # seeded as a new volume is


def test_a_backup_holds_what_cannot_be_rebuilt_with_a_manifest(settings, saved):
    out, manifest = saved
    assert manifest["version"] == "v0003" and manifest["kind"] == backup.KIND
    with tarfile.open(out) as archive:
        names = archive.getnames()
    assert names[0] == backup.MANIFEST
    assert {name.split("/")[0] for name in names[1:]} == {"reference", "register", "history"}
    assert "history/CURRENT" in names and "history/v0003/VERSIE.json" in names
    assert not [name for name in names if "processed" in name or "/." in name]
    _, checked = backup.read_archive(out)
    assert (
        checked["register/themas.csv"] == (settings.data.seed_register / "themas.csv").read_bytes()
    )


def test_a_restore_into_a_new_data_root_brings_the_whole_history(settings, saved, tmp_path):
    out, _ = saved
    target = _fresh(tmp_path)
    restored, error = backup.restore(target, out, "cli:beheer", recorded)
    assert error is None and restored.whole_history and restored.backup_version == "v0003"
    chain = versions.list_versions(target.data)
    assert [info.name for info in chain] == ["v0004", "v0003", "v0002", "v0001"]
    assert chain[0].action == "herstel" and chain[0].user == "cli:beheer"
    assert "reservekopie.tar.gz (v0003)" in chain[0].source
    assert files(target.data.register) == files(settings.data.register)
    assert all(versions.verify(target.data, info.name) == [] for info in chain)
    assert not list(target.data.root.glob(".tmp-*"))


def test_a_restore_into_a_root_with_versions_adds_one_version(settings, saved, tmp_path):
    out, _ = saved
    data = settings.data
    import_file(settings, workplan(data, "Evaluatie", "Nieuwe ronde"))  # v0004, after the backup
    restored, _ = backup.restore(settings, out, "beheer@vnon.nl", recorded)
    assert not restored.whole_history and restored.version.name == "v0005"
    assert "Evaluatie van het" in (data.register / "werkprogramma.csv").read_text()
    assert [info.name for info in versions.list_versions(data)][:2] == ["v0005", "v0004"]


def test_the_command_line_round_trip(settings, saved, tmp_path, monkeypatch, capsys):
    out, _ = saved
    target = tmp_path / "volume"
    target.mkdir()
    monkeypatch.setenv("VNON_DATA_DIR", str(target))
    monkeypatch.setattr(register_cli, "build", recorded)
    assert main(["restore", str(out)]) == 0
    said = capsys.readouterr().out
    assert "(versie v0003) teruggezet met haar hele geschiedenis" in said
    assert main(["history"]) == 0
    history = capsys.readouterr().out
    assert "reservekopie teruggezet" in history and " cli:" in history
    again = tmp_path / "opnieuw.tar.gz"
    assert main(["backup", str(again)]) == 0
    assert "versie in gebruik v0004" in capsys.readouterr().out


# --- hostile and damaged archives --------------------------------------------------------------


def _archive(path, members: list[tuple[tarfile.TarInfo, bytes]]) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for member, content in members:
            archive.addfile(member, io.BytesIO(content) if member.isreg() else None)


def _file(name: str, content: bytes) -> tuple[tarfile.TarInfo, bytes]:
    member = tarfile.TarInfo(name)
    member.size = len(content)
    return member, content


def _manifest(contents: dict[str, bytes], **changes) -> tuple[tarfile.TarInfo, bytes]:
    listed = {
        n: {"size": len(c), "sha256": hashlib.sha256(c).hexdigest()} for n, c in contents.items()
    }
    manifest = {"kind": backup.KIND, "format": 1, "version": None, "files": listed, **changes}
    return _file(backup.MANIFEST, json.dumps(manifest).encode())


def _rebuilt_from(saved_path, change) -> list[tuple[tarfile.TarInfo, bytes]]:
    """The real backup with its files changed by `change`, and a manifest that matches them."""
    _, contents = backup.read_archive(saved_path)
    change(contents)
    return [_manifest(contents), *(_file(n, c) for n, c in contents.items())]


def _link(name: str, kind: bytes, target: str) -> tuple[tarfile.TarInfo, bytes]:
    member = tarfile.TarInfo(name)
    member.type, member.linkname = kind, target
    return member, b""


THEMES = "register/themas.csv"
HOSTILE = {
    "geen tar": lambda p, s: p.write_bytes(b"dit is geen archief"),
    "leeg": lambda p, s: _archive(p, []),
    "geen manifest": lambda p, s: _archive(p, [_file(THEMES, b"x")]),
    "vreemd": lambda p, s: _archive(p, [_file(backup.MANIFEST, b'{"kind": "iets"}')]),
    "formaat": lambda p, s: _archive(p, [_manifest({}, format=99)]),
    "buiten": lambda p, s: _archive(p, [_manifest({}), _file("../buiten.csv", b"x")]),
    "absoluut": lambda p, s: _archive(p, [_manifest({}), _file("/tmp/vnon-absoluut", b"x")]),
    "koppeling": lambda p, s: _archive(
        p, [_manifest({}), _link(THEMES, tarfile.SYMTYPE, "/etc/passwd")]
    ),
    "harde koppeling": lambda p, s: _archive(
        p, [_manifest({}), _link(THEMES, tarfile.LNKTYPE, "/etc/passwd")]
    ),
    "map": lambda p, s: _archive(p, [_manifest({}), _link("register", tarfile.DIRTYPE, "")]),
    "verborgen": lambda p, s: _archive(p, [_manifest({}), _file("history/.lock", b"x")]),
    "andere map": lambda p, s: _archive(p, [_manifest({}), _file("processed/x.parquet", b"x")]),
    "niet genoemd": lambda p, s: _archive(p, [_manifest({}), _file(THEMES, b"x")]),
    "ontbreekt": lambda p, s: _archive(p, [_manifest({THEMES: b"x"})]),
    "dubbel": lambda p, s: _archive(
        p, [_manifest({THEMES: b"x"}), _file(THEMES, b"x"), _file(THEMES, b"x")]
    ),
    "beschadigd": lambda p, s: _archive(p, [_manifest({THEMES: b"x"}), _file(THEMES, b"y")]),
    "versie beschadigd": lambda p, s: _archive(
        p, _rebuilt_from(s, lambda c: c.update({"history/v0003/themas.csv": b"anders"}))
    ),
    "wijzer": lambda p, s: _archive(
        p, _rebuilt_from(s, lambda c: c.update({"history/CURRENT": b"v0042\n"}))
    ),
}
MESSAGES = {
    "geen tar": "geen leesbare reservekopie",
    "leeg": "is leeg",
    "geen manifest": "staat vóór BACKUP.json",
    "vreemd": "geen reservekopie van dit dashboard",
    "formaat": "formaat 99",
    "buiten": "wijst buiten de gegevensmap",
    "absoluut": "absolute of ongeldige naam",
    "koppeling": "geen gewoon bestand",
    "harde koppeling": "geen gewoon bestand",
    "map": "geen gewoon bestand",
    "verborgen": "verborgen",
    "andere map": "hoort niet in een reservekopie",
    "niet genoemd": "niet genoemd: register/themas.csv",
    "ontbreekt": "ontbreekt: register/themas.csv",
    "dubbel": "twee keer",
    "beschadigd": "controlegetal klopt niet voor register/themas.csv",
    "versie beschadigd": "Versie v0003 in de reservekopie is beschadigd",
    "wijzer": "wijst naar een versie die er niet in zit",
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_or_damaged_archive_is_refused_and_changes_nothing(
    settings, saved, tmp_path, kind
):
    out, _ = saved
    hostile = tmp_path / f"{kind}.tar.gz"
    HOSTILE[kind](hostile, out)
    before = _snapshot(settings.data)
    with pytest.raises(backup.BackupError, match=MESSAGES[kind]) as refused:
        backup.restore(settings, hostile, "cli:beheer", recorded)
    assert "niets gewijzigd" in str(refused.value) and "Traceback" not in str(refused.value)
    assert _snapshot(settings.data) == before
    assert not (tmp_path / "buiten.csv").exists() and not (tmp_path.parent / "buiten.csv").exists()


def test_a_huge_member_or_too_many_files_is_refused(settings, saved, tmp_path, monkeypatch):
    out, _ = saved
    monkeypatch.setattr(backup, "MAX_FILE_BYTES", 1000)
    with pytest.raises(backup.BackupError, match="te groot"):
        backup.read_archive(out)
    monkeypatch.setattr(backup, "MAX_FILE_BYTES", 1 << 30)
    monkeypatch.setattr(backup, "MAX_FILES", 5)
    with pytest.raises(backup.BackupError, match="te veel bestanden"):
        backup.read_archive(out)


def test_registers_that_break_the_rules_are_refused(settings, saved, tmp_path):
    out, _ = saved
    broken = tmp_path / "regels.tar.gz"
    # the version's own checksum is recomputed too, so only the rules can catch it
    _, contents = backup.read_archive(out)
    meta = json.loads(contents["history/v0003/VERSIE.json"])
    meta["files"]["themas.csv"] = hashlib.sha256(b"kapot\n").hexdigest()
    meta["checksum"] = versions.set_checksum(meta["files"])
    contents["history/v0003/themas.csv"] = b"kapot\n"
    contents["history/v0003/VERSIE.json"] = json.dumps(meta).encode()
    _archive(broken, [_manifest(contents), *(_file(n, c) for n, c in contents.items())])
    before = _snapshot(settings.data)
    with pytest.raises(InvalidInputError, match=r"themas\.csv"):
        backup.restore(settings, broken, "cli:beheer", recorded)
    assert _snapshot(settings.data) == before and not list(settings.data.root.glob(".tmp-*"))


def test_a_failure_at_the_switch_changes_nothing(settings, saved, tmp_path, monkeypatch):
    out, _ = saved
    before = _snapshot(settings.data)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(versions, "commit", disk_full)
    with pytest.raises(OSError):
        backup.restore(settings, out, "cli:beheer", recorded)
    assert _snapshot(settings.data) == before and not list(settings.data.root.glob(".tmp-*"))


def test_a_backup_that_cannot_be_written_says_so(settings, tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("geen map")
    with pytest.raises(backup.BackupError, match="kon niet worden geschreven"):
        backup.backup(settings.data, blocker / "kopie.tar.gz", "cli:beheer")
    shutil.rmtree(tmp_path / "bestand", ignore_errors=True)


def test_the_page_history_shows_who_restored_which_backup(settings, saved, tmp_path):
    from dashboard.registers import admin

    out, _ = saved
    target = _fresh(tmp_path, "pagina")
    backup.restore(target, out, "cli:beheer", recorded)
    table = admin.history_table(versions.list_versions(target.data))
    first = table.iloc[0]
    assert first["Handeling"] == "reservekopie teruggezet" and first["Door"] == "cli:beheer"
    assert list(table["Door"])[1:3] == ["test@vnon.nl", "test@vnon.nl"]  # the imports before
