"""The page_shown log event: a page's buttons, where they are, and only for the page shown."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from massage_break.ui.page_report import SETTLE_MS, report_when_settled


def _page(name: str, *labels: str) -> QWidget:
    page = QWidget()
    page.setObjectName(name)
    column = QVBoxLayout(page)
    for label in labels:
        column.addWidget(QPushButton(label))
    return page


def _logged(caplog: object) -> list[dict[str, object]]:
    records = getattr(caplog, "records", [])
    return [
        r.fields  # type: ignore[attr-defined]
        for r in records
        if getattr(r, "fields", {}).get("event") == "page_shown"
    ]


def test_the_page_shown_names_its_buttons_and_where_they_are(qtbot: QtBot, caplog: object) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    page = _page("consent-page", "Yes", "No")
    stack.addWidget(page)
    stack.show()
    qtbot.waitExposed(stack)
    with caplog.at_level(logging.INFO):  # type: ignore[attr-defined]
        report_when_settled(stack, page)
        qtbot.wait(SETTLE_MS + 100)
    (fields,) = _logged(caplog)
    assert fields["page"] == "consent-page"
    controls = fields["controls"]
    assert [c["text"] for c in controls] == ["Yes", "No"]  # type: ignore[attr-defined,index]
    yes_at = controls[0]["at"]  # type: ignore[index]
    button = page.findChildren(QPushButton)[0]
    centre = button.mapToGlobal(button.rect().center())
    assert yes_at == [centre.x(), centre.y()]
    assert all(c["enabled"] and c["shown"] for c in controls)  # type: ignore[attr-defined]


def test_a_page_replaced_before_it_settled_is_not_reported(qtbot: QtBot, caplog: object) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    first, second = _page("first", "A"), _page("second", "B")
    stack.addWidget(first)
    stack.addWidget(second)
    with caplog.at_level(logging.INFO):  # type: ignore[attr-defined]
        report_when_settled(stack, first)
        stack.setCurrentWidget(second)
        qtbot.wait(SETTLE_MS + 100)
    assert _logged(caplog) == []


def test_a_layer_changing_inside_the_page_reports_it_again(qtbot: QtBot, caplog: object) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    page = QWidget()
    page.setObjectName("screening-page")
    layers = QStackedWidget(page)
    layers.addWidget(_page("cover", "Show my questions"))
    layers.addWidget(_page("questions", "Done"))
    QVBoxLayout(page).addWidget(layers)
    stack.addWidget(page)
    stack.show()
    qtbot.waitExposed(stack)
    with caplog.at_level(logging.INFO):  # type: ignore[attr-defined]
        report_when_settled(stack, page)
        qtbot.wait(SETTLE_MS + 100)
        layers.setCurrentIndex(1)
        qtbot.wait(SETTLE_MS + 100)
    first, second = _logged(caplog)
    shown = [
        [c["text"] for c in f["controls"] if c["shown"]]  # type: ignore[attr-defined,index]
        for f in (first, second)
    ]
    assert shown == [["Show my questions"], ["Done"]]
