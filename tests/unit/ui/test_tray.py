from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from massage_break.core.model import Activity, Status
from massage_break.ui.tray import Tray
from massage_break.ui.tray_icon import SIZES, TrayState, render, start_icon, start_png
from tests.conftest import ASSETS

ICONS = Path(ASSETS) / "icons" / "tray"

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def status(**kw: object) -> Status:
    base: dict[str, object] = dict(
        activity=Activity.ACTIVE,
        sitting_seconds=600,
        next_break_at=NOW + timedelta(minutes=20),
        paused_until=None,
        prompting=False,
    )
    base.update(kw)
    return Status(**base)  # type: ignore[arg-type]


def test_icon_states_and_menu(qtbot: QtBot) -> None:
    tray = Tray()
    tray.update_status(status(), "Sitting 10 min", NOW, 1800)
    assert tray.state is TrayState.NORMAL and tray.icon.toolTip() == "Sitting 10 min"
    assert not tray.act_resume.isVisible() and tray.pause_menu.menuAction().isVisible()
    tray.update_status(status(prompting=True), "due", NOW, 1800)
    assert tray.state is TrayState.DUE
    tray.update_status(status(paused_until=NOW + timedelta(hours=1)), "paused", NOW, 1800)
    assert tray.state is TrayState.PAUSED and tray.act_resume.isVisible()
    labels = [a.text() for a in tray.menu.actions() if a.text()]
    assert labels == [
        "Take a break now",
        "Pause reminders",
        "Resume reminders",
        "History…",
        "Settings…",
        "Break buddy…",
        "Quit",
    ]


def test_menu_actions_emit(qtbot: QtBot) -> None:
    tray = Tray()
    got: list[object] = []
    tray.take_break.connect(lambda: got.append("break"))
    tray.pause_minutes.connect(got.append)
    tray.pause_tomorrow.connect(lambda: got.append("tomorrow"))
    tray.resume.connect(lambda: got.append("resume"))
    tray.open_settings.connect(lambda: got.append("settings"))
    tray.open_history.connect(lambda: got.append("history"))
    tray.quit.connect(lambda: got.append("quit"))
    for act in (
        tray.act_break,
        tray.act_pause_30,
        tray.act_pause_60,
        tray.act_pause_tomorrow,
        tray.act_resume,
        tray.act_history,
        tray.act_settings,
        tray.act_quit,
    ):
        act.trigger()
    from PySide6.QtWidgets import QSystemTrayIcon

    tray._activated(QSystemTrayIcon.ActivationReason.Trigger)
    assert got == ["break", 30, 60, "tomorrow", "resume", "history", "settings", "quit", "break"]


def test_ring_fills_with_progress() -> None:
    def coloured(progress: float) -> int:
        img = (
            render(TrayState.NORMAL, progress, 64)
            .toImage()
            .convertToFormat(QImage.Format.Format_ARGB32)
        )
        return sum(
            1
            for x in range(64)
            for y in range(64)
            if img.pixelColor(x, y).blue() > 150 and img.pixelColor(x, y).red() < 150
        )

    assert coloured(0.0) < coloured(0.5) < coloured(1.0)


def test_icon_is_only_redrawn_when_the_ring_moves(qtbot: QtBot) -> None:
    tray = Tray()
    tray.update_status(status(), "a", NOW, 1800)
    key = tray._key
    tray.update_status(
        status(next_break_at=NOW + timedelta(minutes=19, seconds=50)), "b", NOW, 1800
    )
    assert tray._key == key and len(tray._cache) == 1  # the quick start-up icon is not kept


@pytest.mark.parametrize("size", SIZES)
def test_shipped_start_icons_are_the_drawing(size: int) -> None:
    """The PNGs shown at start-up match the drawn icon (run tools/tray_icons.py if not)."""
    shipped = QImage(str(start_png(ICONS, size))).convertToFormat(QImage.Format.Format_ARGB32)
    drawn = render(TrayState.NORMAL, 0.0, size).toImage()
    drawn = drawn.convertToFormat(QImage.Format.Format_ARGB32)
    assert (shipped.width(), shipped.height()) == (size, size)
    off = 0
    for x in range(size):
        for y in range(size):
            a, b = shipped.pixelColor(x, y), drawn.pixelColor(x, y)
            channels = zip(a.getRgb(), b.getRgb(), strict=True)
            off += max(abs(p - q) for p, q in channels) > 8  # anti-aliasing may vary
    assert off <= size * size // 100


def test_start_icon_comes_from_the_pngs_and_is_drawn_without_them(
    qtbot: QtBot, tmp_path: Path
) -> None:
    shipped = start_icon(ICONS)
    assert sorted(s.width() for s in shipped.availableSizes()) == sorted(SIZES)
    drawn = start_icon(tmp_path)  # an empty folder: drawn instead
    assert sorted(s.width() for s in drawn.availableSizes()) == sorted(SIZES)
    assert not start_icon(None).isNull()
    assert not Tray(ICONS).icon.icon().isNull()


# a shown icon on the offscreen platform looks for an X11 tray window it does not have
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_a_tray_host_that_comes_later_gets_a_new_icon(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt picks how an icon reaches a tray host when the icon is made: one made with no host
    is made again when a host comes, shown, with the same menu, tooltip and picture."""
    from PySide6.QtWidgets import QSystemTrayIcon

    tray = Tray(ICONS)
    assert tray.available is False  # offscreen: no tray host
    tray.show()
    tray.update_status(status(), "Sitting 10 min", NOW, 1800)
    heard: list[object] = []
    tray.host_changed.connect(heard.append)
    assert tray.check_host() is False and heard == []  # nothing changed
    first = tray.icon
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    assert tray.check_host() is True and heard == [True]
    assert tray.icon is not first and tray.icon.isVisible() and not first.isVisible()
    assert tray.icon.contextMenu() is tray.menu and tray.icon.toolTip() == "Sitting 10 min"
    assert not tray.icon.icon().isNull()
    # the balloons follow the current icon: its clicks reach them, its messages go out on it
    clicks: list[bool] = []
    tray.messageClicked.connect(lambda: clicks.append(True))
    tray.icon.messageClicked.emit()
    assert clicks == [True]
    tray.showMessage("Time for a break", "body", QSystemTrayIcon.MessageIcon.Information, 10)
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    breaks: list[bool] = []
    tray.take_break.connect(lambda: breaks.append(True))
    tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.DoubleClick)
    assert breaks == [True]
    # the host goes away and comes back: the icon made with a host is kept (Qt registers
    # it again by itself), not made a third time
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    second = tray.icon
    assert tray.check_host() is True and heard == [True, False] and tray.icon is second
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    assert tray.check_host() is True and heard == [True, False, True] and tray.icon is second
    # an icon made with a host is never made again
    assert Tray().check_host() is False


def test_a_hidden_tray_stays_hidden_when_a_host_comes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    tray = Tray()
    first = tray.icon
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    assert tray.check_host() is True
    assert tray.icon is not first and not tray.icon.isVisible()
