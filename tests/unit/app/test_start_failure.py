"""Promise: if start-up breaks, the user is told and the app exits 1, instead of leaving a tray
icon that never reminds."""

from pytestqt.qtbot import QtBot

from massage_break.app import _report_start_failure


class FakeApp:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def exit(self, code: int) -> None:
        self.codes.append(code)


class FakeTray:
    hidden = False

    def hide(self) -> None:
        self.hidden = True


def test_a_failed_start_is_shown_and_ends_the_app(qtbot: QtBot) -> None:
    app, tray = FakeApp(), FakeTray()
    box = _report_start_failure(app, tray, AttributeError("no attribute '_info'"))
    qtbot.addWidget(box)
    assert tray.hidden and box.isVisible()
    assert box.objectName() == "start-failed"
    assert "Massage Break could not start, so it will not remind you" in box.text()
    assert "massage_break" not in box.text() + box.windowTitle()
    assert "AttributeError: no attribute '_info'" in box.text()
    assert app.codes == []
    box.done(0)
    assert app.codes == [1]
