"""The controller side of the break buddy: the service while it is on, presence, invitations
and the shared breaks' links to their routine windows.

It talks to the network service only through `core.buddy.BuddyPort`; app.py hands it a
factory that imports and builds the service the first time the feature is turned on.
"""

from __future__ import annotations

import logging
import random
import re
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal

from massage_break.core.buddy import (
    BreakInvite,
    Buddy,
    BuddyEvents,
    BuddyPort,
    PairingCode,
    PairResult,
)
from massage_break.core.composer import Composer, Preferences, find
from massage_break.core.model import Activity, ShowRoutine, Status, UserAction
from massage_break.core.settings import BUDDY_NAME_MAX, Settings
from massage_break.log import event
from massage_break.ui.controller import AppController
from massage_break.ui.i18n import tr

log = logging.getLogger(__name__)

#: the reminder's extra action key for "Take it with <buddy>"
TAKE_WITH = "buddy"
#: how long an invitation waits for an answer, on both sides (real seconds)
ANSWER_WAIT = timedelta(minutes=2)
#: "In 5 min" on the invitation
LATER_MIN = 5

#: "host:port": a name or IPv4 address, or an IPv6 address in brackets
ADDRESS = re.compile(r"^(\[[0-9A-Za-z:.%]+\]|[A-Za-z0-9.-]+):(\d{1,5})$")

ServiceFactory = Callable[[str, BuddyEvents], BuddyPort]


class InviteNotice(Protocol):
    """Shows "<name> is taking a break"; reports "join", "later", "decline" or "dismiss"
    through its `answered` signal (adapters/invite_notice.py, or the tray balloon)."""

    def show(self, title: str, body: str) -> None: ...

    def withdraw(self) -> None: ...

    def close(self) -> None: ...


def address_ok(text: str) -> bool:
    """A typed address the service can try: host:port with a port from 1 to 65535."""
    match = ADDRESS.match(text.strip())
    return match is not None and 0 < int(match.group(2)) < 65536


def login_name() -> str:
    """The login's real name (the first field of its gecos), else the login name."""
    import getpass
    import os

    try:
        import pwd

        entry = pwd.getpwuid(os.getuid())
        real = entry.pw_gecos.split(",")[0].strip()
        name = real or entry.pw_name
    except (ImportError, KeyError, OSError):
        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = ""
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:BUDDY_NAME_MAX] or "Massage Break"


@dataclass(eq=False)
class BuddyLink:
    """One shared break as its routine window sees it (core.buddy.SharedLink)."""

    control: BuddyControl
    fingerprint: str
    me: str  # "A" invited, "B" joined
    buddy_name: str
    break_id: str
    window: Any = None  # the routine window, once open
    answered: bool = False  # the inviter heard back (join, decline, busy) or timed out
    closed: bool = field(default=False)

    def send(self, kind: str, body: Mapping[str, object]) -> None:
        port = self.control.port
        if port is not None and not self.closed:
            port.send(self.fingerprint, self.break_id, kind, body)

    def attach(self, window: Any) -> None:
        """The routine window of this break opened: the buddy's messages go to it."""
        self.window = window
        destroyed = getattr(window, "destroyed", None)
        if destroyed is not None:
            destroyed.connect(lambda *_: self.control.drop_link(self.break_id))


class BuddyControl(QObject):
    """Implements `BuddyEvents` for the service; holds the port (None while off)."""

    changed = Signal()  # on or off, buddies, online, at desk
    code_changed = Signal(object)  # PairingCode | None
    pair_finished = Signal(str, object)  # token, PairResult

    def __init__(
        self,
        controller: AppController,
        factory: ServiceFactory | None,
        notice_factory: Callable[[], Any] | None = None,
        name_default: Callable[[], str] = login_name,
    ) -> None:
        super().__init__()
        self.controller = controller
        self.factory = factory
        self.notice_factory = notice_factory
        self.name_default = name_default
        self.port: BuddyPort | None = None
        self.links: dict[str, BuddyLink] = {}
        self.invite: BreakInvite | None = None  # shown on screen, waiting for an answer
        self._notice: Any = None
        self._at_desk: bool | None = None
        self._later: dict[str, BreakInvite] = {}  # break id -> invitation joined "in 5 min"
        self.results: dict[str, PairResult] = {}  # pairing token -> result
        controller.extra_answers[TAKE_WITH] = lambda: self.take_with(None)
        controller.prompt_extras = self.prompt_extras
        controller.status_changed.connect(self.status_changed)
        controller.settings_applied.connect(self.apply)

    # ---- on and off ------------------------------------------------------------------------

    @property
    def on(self) -> bool:
        return self.port is not None

    def name(self) -> str:
        return self.controller.settings.buddy_name or self.name_default()

    def apply(self, settings: Settings) -> None:
        """The settings changed: turn the service on or off, pass a new name on."""
        if settings.buddy and self.port is None:
            self.turn_on()
        elif not settings.buddy and self.port is not None:
            self.turn_off()
        elif self.port is not None:
            set_name = getattr(self.port, "set_name", None)
            if set_name is not None:
                set_name(self.name())

    def turn_on(self) -> None:
        if self.port is not None or self.factory is None:
            return
        try:
            port = self.factory(self.name(), self)
            port.start()
        except Exception as exc:  # a missing library or a port that cannot open
            log.exception("break buddy could not start")
            self.controller.notice.emit(
                tr("buddy", "Break buddy"),
                tr("buddy", "Break buddy could not start: %1", exc),
            )
            return
        self.port = port
        self._at_desk = None
        event("buddy_on")
        self.status_changed(self.controller.status)
        self.changed.emit()

    def turn_off(self) -> None:
        port, self.port = self.port, None
        if port is None:
            return
        for break_id in list(self.links):
            link = self.links[break_id]
            self._tell(link, "link_lost", "off")
            self.drop_link(break_id)
        self._drop_invite()
        for break_id in list(self._later):
            self.controller.scheduler.cancel(f"buddy-later-{break_id}")
        self._later.clear()
        try:
            port.stop()
        except Exception:
            log.exception("break buddy did not stop cleanly")
        event("buddy_off")
        self.code_changed.emit(None)
        self.changed.emit()

    def close(self) -> None:
        """At quit: stop the service and close the invitation's notifier."""
        self.turn_off()
        if self._notice is not None:
            self._notice.close()
            self._notice = None

    # ---- buddies and presence --------------------------------------------------------------

    def buddies(self) -> tuple[Buddy, ...]:
        return self.port.buddies() if self.port is not None else ()

    def online(self) -> Buddy | None:
        return next((b for b in self.buddies() if b.online), None)

    def available(self) -> Buddy | None:
        """A buddy who could take a break now: online and at their desk."""
        return next((b for b in self.buddies() if b.online and b.at_desk), None)

    @staticmethod
    def at_desk(status: Status) -> bool:
        """At the keyboard: not away, not locked, not idle past the short pause."""
        return not status.locked and status.activity in (Activity.ACTIVE, Activity.UNKNOWN)

    def status_changed(self, status: Status) -> None:
        if self.port is None:
            return
        here = self.at_desk(status)
        if here != self._at_desk:
            self._at_desk = here
            self.port.set_at_desk(here)

    def prompt_extras(self) -> tuple[tuple[str, str], ...]:
        """ "Take it with <name>" on a due reminder, when a buddy is online and at the desk."""
        buddy = self.available()
        if buddy is None:
            return ()
        return ((TAKE_WITH, tr("buddy", "Take it with %1", buddy.name)),)

    # ---- pairing ---------------------------------------------------------------------------

    def show_code(self) -> PairingCode | None:
        if self.port is None:
            return None
        code = self.port.show_code()
        self.code_changed.emit(code)
        return code

    def hide_code(self) -> None:
        if self.port is not None:
            self.port.hide_code()
        self.code_changed.emit(None)

    def pair(self, address: str, code: str) -> str:
        """Start pairing; the result comes as `pair_finished(token, result)` and stays in
        `results[token]`. Returns the token ("" while off)."""
        if self.port is None:
            return ""
        token = secrets.token_urlsafe(6)
        self.port.pair(address, code, lambda result: self._pair_done(token, result))
        return token

    def _pair_done(self, token: str, result: PairResult) -> None:
        self.results[token] = result
        while len(self.results) > 20:  # old answers nobody collected
            self.results.pop(next(iter(self.results)))
        event("buddy_paired" if result.ok else "buddy_pair_failed", error=result.error)
        self.pair_finished.emit(token, result)
        self.changed.emit()

    def forget(self, who: str) -> bool:
        if self.port is None:
            return False
        done = self.port.forget(who)
        self.changed.emit()
        return done

    # ---- inviting --------------------------------------------------------------------------

    def _buddy(self, fingerprint: str | None) -> Buddy | None:
        for buddy in self.buddies():
            if buddy.online and (fingerprint is None or buddy.fingerprint == fingerprint):
                return buddy
        return None

    def partner_tier(self, tier: str) -> str | None:
        """The tier whose partner routine a shared break plays: this one if it has partner
        routines, else the next longer one that has, else the longest that has."""
        tiers = list(self.controller.catalog.tiers.values())
        ids = [t.id for t in tiers]
        later = tiers[ids.index(tier) :] if tier in ids else tiers
        longest = next((t.id for t in reversed(tiers) if t.partner_routines), None)
        return next((t.id for t in later if t.partner_routines), longest)

    def partner_routine(self, tier: str) -> str:
        """A partner routine of the tier, composed as the routine window's "With a partner"
        does (the tier must have partner routines)."""
        s = self.controller.settings
        prefs = Preferences(frozenset(s.favourites), frozenset(s.hidden))
        composer = Composer(self.controller.catalog, random.Random())
        try:
            return composer.compose(tier, (), prefs, partner=True).id
        except (KeyError, ValueError):  # a catalog without the partner pieces: the named one
            log.exception("could not compose a partner routine for %s", tier)
            return self.controller.catalog.tiers[tier].partner_routines[0]

    def take_with(self, fingerprint: str | None) -> None:
        """ "Take it with <name>" (or the tray's "Take a break with <name>"): start the break
        as Start does, on a partner routine, and invite the buddy. Without a buddy online the
        break starts alone."""
        c = self.controller
        buddy = self._buddy(fingerprint)
        if self.port is None or buddy is None or c.engine.showing is not None:
            c.answer("start")
            return
        break_id = secrets.token_urlsafe(9)

        def adapt(request: ShowRoutine) -> tuple[ShowRoutine, BuddyLink | None]:
            tier = self.partner_tier(request.tier)
            if tier is None or self.port is None:  # a catalog without partner routines
                return request, None
            routine_id = self.partner_routine(tier)
            link = BuddyLink(self, buddy.fingerprint, "A", buddy.name, break_id)
            self.links[break_id] = link
            invite = BreakInvite(break_id, buddy, routine_id, tier, request.sitting_seconds)
            self.port.invite(buddy.fingerprint, invite)
            self._wait(break_id, ANSWER_WAIT)
            event("buddy_invite_sent", tier=request.tier, routine=routine_id)
            return replace(request, routine_id=routine_id), link

        c.start_shared(UserAction.START, adapt)

    def _wait(self, break_id: str, longest: timedelta) -> None:
        c = self.controller
        c.scheduler.schedule_at(
            f"buddy-wait-{break_id}", c.clock.now() + longest, lambda: self._wait_over(break_id)
        )

    def _wait_over(self, break_id: str) -> None:
        link = self.links.get(break_id)
        if link is not None and not link.answered:
            link.answered = True
            event("buddy_invite_timeout")
            self._tell(link, "answered", "timeout", 0)

    def answered(self, fingerprint: str, break_id: str, answer: str, minutes: int) -> None:
        link = self.links.get(break_id)
        if link is None or link.fingerprint != fingerprint or link.me != "A" or link.answered:
            return
        self.controller.scheduler.cancel(f"buddy-wait-{break_id}")
        event("buddy_answered", answer=answer, minutes=minutes)
        if answer == "later":  # wait the minutes they asked for, then as long again as ever
            self._wait(break_id, self.controller.minute * minutes + ANSWER_WAIT)
        else:
            link.answered = True
        self._tell(link, "answered", answer, minutes)

    # ---- being invited ---------------------------------------------------------------------

    def busy(self) -> bool:
        """No popup now: paused, outside working hours, a do-not-disturb context (full
        screen, a call, the desktop's do-not-disturb), a break already open, or an
        invitation already on screen."""
        c = self.controller
        status = c.status
        return (
            status.paused_until is not None
            or not status.in_hours
            or c.engine.showing is not None
            or self.invite is not None
            or bool(c.context.reasons())
        )

    def invited(self, invite: BreakInvite) -> None:
        port = self.port
        if port is None:
            return
        fp = invite.buddy.fingerprint
        if find(self.controller.catalog, invite.routine_id) is None:
            log.warning("invitation to a routine this version does not know; declined")
            port.answer(fp, invite.break_id, "decline")
            return
        if self.busy():
            event("buddy_invite_busy")
            port.answer(fp, invite.break_id, "busy")
            return
        notice = self._notifier()
        if notice is None:
            port.answer(fp, invite.break_id, "busy")
            return
        self.invite = invite
        try:
            notice.show(
                tr("buddy", "%1 is taking a break", invite.buddy.name),
                tr("buddy", "Take a partner break together?"),
            )
        except Exception as exc:  # the notification server went away
            log.warning("could not show the invitation: %s", exc)
            self.invite = None
            port.answer(fp, invite.break_id, "busy")
            return
        event("buddy_invited", tier=invite.tier)
        c = self.controller
        c.scheduler.schedule_at("buddy-invite", c.clock.now() + ANSWER_WAIT, self._unanswered)

    def _notifier(self) -> Any:
        if self._notice is None and self.notice_factory is not None:
            try:
                self._notice = self.notice_factory()
            except Exception:
                log.exception("no way to show an invitation")
                return None
            self._notice.answered.connect(self.notice_answered)
        return self._notice

    def _unanswered(self) -> None:
        """No answer in time: take the invitation away (the inviter stops waiting too)."""
        if self.invite is not None:
            event("buddy_invite_lapsed")
            self._drop_invite()

    def _drop_invite(self) -> None:
        self.invite = None
        self.controller.scheduler.cancel("buddy-invite")
        if self._notice is not None:
            try:
                self._notice.withdraw()
            except Exception as exc:
                log.debug("withdrawing the invitation: %s", exc)

    def notice_answered(self, answer: str) -> None:
        """Join, "In 5 min", Decline, or the notice closed unanswered (taken as decline)."""
        invite, self.invite = self.invite, None
        self.controller.scheduler.cancel("buddy-invite")
        if invite is None or self.port is None:
            return
        fp, break_id = invite.buddy.fingerprint, invite.break_id
        event("buddy_invite_answer", answer=answer)
        if answer == "join":
            self._join(self.port, invite)
        elif answer == "later":
            self.port.answer(fp, break_id, "later", LATER_MIN)
            self._later[break_id] = invite
            c = self.controller
            c.scheduler.schedule_at(
                f"buddy-later-{break_id}",
                c.clock.now() + c.minute * LATER_MIN,
                lambda: self._later_due(break_id),
            )
        else:
            self.port.answer(fp, break_id, "decline")

    def _later_due(self, break_id: str) -> None:
        invite = self._later.pop(break_id, None)
        if invite is not None and self.port is not None:  # busy, if their own break opened
            self._join(self.port, invite)

    def _join(self, port: BuddyPort, invite: BreakInvite) -> None:
        """Answer join, start a break now (this side's sitting resets as for any break) and
        open the invitation's partner routine as "B"."""
        fp, break_id = invite.buddy.fingerprint, invite.break_id
        if self.controller.engine.showing is not None:  # a break of their own opened since
            port.answer(fp, break_id, "busy")
            return
        port.answer(fp, break_id, "join")
        link = BuddyLink(self, fp, "B", invite.buddy.name, break_id, answered=True)
        self.links[break_id] = link

        def adapt(request: ShowRoutine) -> tuple[ShowRoutine, BuddyLink]:
            return replace(request, routine_id=invite.routine_id), link

        self.controller.start_shared(UserAction.TAKE_NOW, adapt)

    # ---- a shared break --------------------------------------------------------------------

    def shared(
        self, fingerprint: str, break_id: str, kind: str, body: Mapping[str, object]
    ) -> None:
        link = self.links.get(break_id)
        if link is None or link.fingerprint != fingerprint:
            log.info("a %s message for a break that is not open here; dropped", kind)
            return
        self._tell(link, "receive", kind, body)

    def link_lost(self, fingerprint: str, reason: str) -> None:
        for break_id, link in list(self.links.items()):
            if link.fingerprint == fingerprint:
                self.controller.scheduler.cancel(f"buddy-wait-{break_id}")
                link.answered = True
                self._tell(link, "link_lost", reason)
                link.closed = True
        if self.invite is not None and self.invite.buddy.fingerprint == fingerprint:
            self._drop_invite()
        for break_id, invite in list(self._later.items()):
            if invite.buddy.fingerprint == fingerprint:
                self.controller.scheduler.cancel(f"buddy-later-{break_id}")
                del self._later[break_id]
        self.changed.emit()

    def drop_link(self, break_id: str) -> None:
        """The shared break's window closed (or the feature went off)."""
        link = self.links.pop(break_id, None)
        if link is not None:
            link.closed = True
            self.controller.scheduler.cancel(f"buddy-wait-{break_id}")

    @staticmethod
    def _tell(link: BuddyLink, method: str, *args: object) -> None:
        """Call the routine window's `receive`, `answered` or `link_lost`, if it is open."""
        handler = getattr(link.window, method, None) if link.window is not None else None
        if handler is None:
            return
        try:
            handler(*args)
        except Exception:
            log.exception("the routine window failed on %s", method)

    # ---- BuddyEvents -----------------------------------------------------------------------

    def buddies_changed(self) -> None:
        self.changed.emit()

    def code_replaced(self, code: PairingCode | None) -> None:
        self.code_changed.emit(code)


class MainThreadPost(QObject):
    """`post(fn)` runs `fn` on the thread this object lives in (the Qt main thread), later:
    the break-buddy service hands its events over with it from its own thread."""

    _queued = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._queued.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def post(self, fn: Callable[[], None]) -> None:
        self._queued.emit(fn)

    @staticmethod
    def _run(fn: Callable[[], None]) -> None:
        try:
            fn()
        except Exception:
            log.exception("a break-buddy event failed")
