"""`massage-break buddy ...` as the running app's command handler answers it, and the
command line that sends it."""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from massage_break import cli
from massage_break.app import _command_message
from massage_break.core.buddy import PairResult
from massage_break.ui.commands import BUDDY_OFF, CommandHandler
from tests.unit.ui.buddy_fakes import ANA
from tests.unit.ui.test_buddy_control import Rig


def ask(r: Rig, action: str, **more: object) -> dict[str, object]:
    return CommandHandler(r.c, r.b).handle({"command": "buddy", "action": action, **more})


def test_every_command_but_on_says_how_to_turn_it_on_while_off(qtbot: QtBot) -> None:
    r = Rig(on=False)
    for action in ("invite", "join", "list", "forget", "result"):
        assert ask(r, action) == {"ok": False, "error": BUDDY_OFF}
    status = CommandHandler(r.c, r.b).handle({"command": "status"})["status"]
    assert status["buddy"] == {"on": False, "buddies": []}  # type: ignore[index]


def test_on_and_off_save_the_setting(qtbot: QtBot) -> None:
    r = Rig(on=False)
    assert ask(r, "on") == {"ok": True, "on": True}
    assert r.settings.saved[-1].buddy and r.b.on
    assert ask(r, "off") == {"ok": True, "on": False}
    assert not r.settings.saved[-1].buddy and not r.b.on
    assert ask(r, "dance")["ok"] is False


def test_invite_list_forget_and_status(qtbot: QtBot) -> None:
    r = Rig()
    r.port.list = [ANA]
    assert ask(r, "invite") == {
        "ok": True,
        "code": "4829-1736",
        "addresses": ["192.168.1.20:47321"],
        "tries_left": 3,
    }
    listed = ask(r, "list")
    assert listed["buddies"] == [
        {"name": "Ana", "fingerprint": ANA.fingerprint, "online": True, "at_desk": True}
    ]
    status = CommandHandler(r.c, r.b).handle({"command": "status"})["status"]
    assert status["buddy"] == {"on": True, "buddies": ["Ana"]}  # type: ignore[index]
    assert ask(r, "forget", name="Zed") == {"ok": False, "error": "no buddy named 'Zed'"}
    assert ask(r, "forget") == {"ok": False, "error": "forget needs a buddy's name"}
    assert ask(r, "forget", name="Ana") == {"ok": True}
    assert r.port.forgotten == ["Ana"]


def test_join_answers_a_token_then_the_result(qtbot: QtBot) -> None:
    r = Rig()
    assert ask(r, "join", address="nowhere", code="1")["ok"] is False
    assert ask(r, "join", address="10.0.0.2:4000", code=" ")["ok"] is False
    started = ask(r, "join", address="10.0.0.2:4000", code=" 1234-5678 ")
    token = started["token"]
    assert started["ok"] is True and r.port.pairing[0][:2] == ("10.0.0.2:4000", "1234-5678")
    assert ask(r, "result", token=token) == {"ok": True, "done": False}
    r.port.pairing[0][2](PairResult(ok=False, error="wrong_code"))
    result = ask(r, "result", token=token)
    assert result["done"] is True
    assert result["result"] == {
        "ok": False,
        "error": "wrong_code",
        "message": "the code was wrong",
        "buddy": None,
    }


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["buddy", "on"], {"command": "buddy", "action": "on"}),
        (["buddy", "off"], {"command": "buddy", "action": "off"}),
        (["buddy", "invite", "--json"], {"command": "buddy", "action": "invite"}),
        (["buddy", "list"], {"command": "buddy", "action": "list"}),
        (
            ["buddy", "join", "10.0.0.2:47321", "4829-17"],
            {
                "command": "buddy",
                "action": "join",
                "address": "10.0.0.2:47321",
                "code": "4829-17",
            },
        ),
        (["buddy", "forget", "Ana"], {"command": "buddy", "action": "forget", "name": "Ana"}),
    ],
)
def test_the_command_line_builds_the_message(argv: list[str], message: dict[str, str]) -> None:
    assert _command_message(cli.parse(argv)) == message


def test_the_command_line_refuses_incomplete_buddy_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for argv in (["buddy"], ["buddy", "join", "10.0.0.2:1"], ["buddy", "forget"], ["buddy", "x"]):
        with pytest.raises(SystemExit):
            cli.parse(argv)
    assert cli.parse(["buddy", "invite", "--json"]).json is True


class FakeIpc:
    """The running app, as `massage-break buddy ...` reaches it."""

    def __init__(self, replies: list[dict[str, object]]) -> None:
        self.replies = replies
        self.asked: list[dict[str, object]] = []

    def ask_instance(self, ipc_dir: object, message: dict[str, object]) -> dict[str, object]:
        self.asked.append(message)
        return self.replies.pop(0)


def run_cli(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object, argv: list[str], ipc: FakeIpc | None
) -> int:
    from types import SimpleNamespace

    from massage_break import app
    from massage_break.adapters import instance_select

    if ipc is not None:
        monkeypatch.setattr(instance_select, "ipc", lambda: ipc)
    else:
        monkeypatch.setattr(
            instance_select, "ipc", lambda: SimpleNamespace(ask_instance=lambda *_: None)
        )
    monkeypatch.setattr(app, "JOIN_POLL", 0.001)
    # main() points the root logger at this test's captured stderr: put the handlers back,
    # or later tests log into a closed stream ("--- Logging error ---")
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    return app.main(["--base-dir", str(tmp_path), *argv])


def test_buddy_commands_need_the_running_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(monkeypatch, tmp_path, ["buddy", "list"], None) == 3
    assert "not running" in capsys.readouterr().err


def test_join_waits_for_the_result_and_says_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    buddy = {"name": "Ana", "fingerprint": "a", "online": True, "at_desk": True}
    ipc = FakeIpc(
        [
            {"ok": True, "token": "t1"},
            {"ok": True, "done": False},
            {"ok": True, "done": True, "result": {"ok": True, "error": "", "buddy": buddy}},
        ]
    )
    assert run_cli(monkeypatch, tmp_path, ["buddy", "join", "10.0.0.2:1", "12"], ipc) == 0
    assert capsys.readouterr().out.strip() == "Paired with Ana."
    assert ipc.asked[1] == {"command": "buddy", "action": "result", "token": "t1"}
    failed = FakeIpc(
        [
            {"ok": True, "token": "t2"},
            {"ok": True, "done": True, "result": {"ok": False, "message": "the code was wrong"}},
        ]
    )
    assert run_cli(monkeypatch, tmp_path, ["buddy", "join", "10.0.0.2:1", "12"], failed) == 1
    assert "pairing failed: the code was wrong" in capsys.readouterr().err


def test_invite_and_list_print_words_or_json(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    code = {"ok": True, "code": "4829-1736", "addresses": ["10.0.0.2:47321"], "tries_left": 3}
    assert run_cli(monkeypatch, tmp_path, ["buddy", "invite"], FakeIpc([dict(code)])) == 0
    out = capsys.readouterr().out
    assert "Pairing code: 4829-1736" in out and "Listening on 10.0.0.2:47321" in out
    assert run_cli(monkeypatch, tmp_path, ["buddy", "invite", "--json"], FakeIpc([code])) == 0
    assert '"code": "4829-1736"' in capsys.readouterr().out
    off = FakeIpc([{"ok": False, "error": BUDDY_OFF}])
    assert run_cli(monkeypatch, tmp_path, ["buddy", "list"], off) == 1
    assert "massage-break buddy on" in capsys.readouterr().err
    listed = FakeIpc([{"ok": True, "buddies": [{"name": "Ana", "online": False}]}])
    assert run_cli(monkeypatch, tmp_path, ["buddy", "list"], listed) == 0
    assert capsys.readouterr().out.strip() == "Ana (offline)"
