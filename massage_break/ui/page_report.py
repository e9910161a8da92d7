"""What a person can click on a routine-window page, with where it is on the screen.

Logged as one `page_shown` event per page: it tells a log reader which page a break was on,
and lets the end-to-end tests click a page's buttons the way a person would."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QStackedWidget,
    QWidget,
)

from massage_break.log import event

#: time for the page's layout to settle before its buttons are measured
SETTLE_MS = 150


def _hit_point(button: QAbstractButton) -> QPoint:
    """Where a click lands on the control: the middle of a push button; the box of a check
    box or radio button (their row is often wider than their words)."""
    rect = button.rect()
    if isinstance(button, (QCheckBox, QRadioButton)):
        return QPoint(min(10, rect.width() // 2), rect.height() // 2)
    return rect.center()


def controls(page: QWidget) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for button in page.findChildren(QAbstractButton):
        centre = button.mapToGlobal(_hit_point(button))
        found.append(
            {
                "name": button.objectName() or button.text(),
                "kind": type(button).__name__,
                "text": button.text(),
                "at": [centre.x(), centre.y()],
                "enabled": button.isEnabled(),
                "shown": button.isVisibleTo(page),
            }
        )
    return found


def report_when_settled(stack: QStackedWidget, page: QWidget) -> None:
    """Log the page's controls once it has been laid out, if it is still the one shown, and
    again whenever a layer inside it changes (a cover lifted to show the questions)."""

    def report() -> None:
        if stack.currentWidget() is page:
            event("page_shown", page=page.objectName(), controls=controls(page))

    def later() -> None:
        QTimer.singleShot(SETTLE_MS, stack, report)

    for layer in page.findChildren(QStackedWidget):
        layer.currentChanged.connect(later)
    later()
