"""Composition root: the only module that knows the core, the adapters and the UI."""

from __future__ import annotations

import json
import logging
import random
import signal
import sys
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any, NamedTuple

from massage_break import cli
from massage_break import log as applog
from massage_break.identity import APP_ID, DISPLAY_NAME
from massage_break.paths import AppPaths, app_paths
from massage_break.session_end import ExitGuard

log = logging.getLogger("massage_break.app")

PROBE_SECONDS = 15.0
RECENT_ROUTINES = 20
# The tray host needs a few event-loop turns to register the icon; the rest of start-up waits
# that long so the icon appears as fast as a bare tray app's.
START_DELAY_MS = 250


def _tray_icons(opts: cli.Options) -> Path | None:
    """The folder of pre-drawn start-up tray icons; None (the icon is drawn) if it is missing."""
    from massage_break import resources

    try:
        return resources.assets_dir(opts.assets_dir) / "icons" / "tray"
    except FileNotFoundError:
        return None


def _stored_language(settings_file: Path) -> str:
    """The language setting, read before the settings store is loaded ("": the system)."""
    try:
        data = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    value = data.get("language", "") if isinstance(data, dict) else ""
    return value if isinstance(value, str) else ""


def _install_language(settings_file: Path, opts: cli.Options) -> None:
    from massage_break import resources
    from massage_break.core.settings import language_ok
    from massage_break.ui import i18n

    language = _stored_language(settings_file)
    try:
        folder: Path | None = resources.assets_dir(opts.assets_dir) / "i18n"
    except FileNotFoundError:
        folder = None
    i18n.install(language if language_ok(language) else "", folder)


def _command_message(opts: cli.Options) -> dict[str, Any]:
    # a second start asks the running app to show its window
    message: dict[str, Any] = {"command": "show" if opts.command == "run" else opts.command}
    if opts.command == "pause":
        if opts.pause_until_tomorrow:
            message["until"] = "tomorrow"
        else:
            message["minutes"] = opts.pause_minutes
    elif opts.command == "buddy":
        message["action"] = opts.buddy_action
        if opts.buddy_action == "join":
            message.update(address=opts.buddy_address, code=opts.buddy_code)
        elif opts.buddy_action == "forget":
            message["name"] = opts.buddy_name
    return message


#: how long `buddy join` waits for the pairing's result
JOIN_WAIT = 15.0
JOIN_POLL = 0.25


def _buddy_reply(paths: AppPaths, opts: cli.Options, reply: dict[str, Any]) -> int:
    """Print what a `buddy` command did. `join` asks again for the result until it is in."""
    import time

    from massage_break.adapters.instance_select import ipc

    if reply.get("ok") and opts.buddy_action == "join":
        token = reply.get("token", "")
        asked: dict[str, Any] = {}
        for _ in range(int(JOIN_WAIT / JOIN_POLL)):  # up to JOIN_WAIT seconds
            time.sleep(JOIN_POLL)
            answer = ipc().ask_instance(
                paths.ipc_dir, {"command": "buddy", "action": "result", "token": token}
            )
            if answer is None:
                print("massage-break: the app stopped while pairing", file=sys.stderr)
                return 3
            asked = answer
            if asked.get("done"):
                break
        result = asked.get("result")
        if not isinstance(result, dict):
            print("massage-break: no answer from the other computer in time", file=sys.stderr)
            return 1
        if not result.get("ok"):
            print(f"massage-break: pairing failed: {result.get('message')}", file=sys.stderr)
            return 1
        buddy = result.get("buddy") or {}
        print(f"Paired with {buddy.get('name', 'your buddy')}.")
        return 0
    if not reply.get("ok"):
        print(f"massage-break: {reply.get('error', 'refused')}", file=sys.stderr)
        return 1
    if opts.json:
        print(json.dumps({k: v for k, v in reply.items() if k != "ok"}, indent=2))
    elif opts.buddy_action == "invite":
        print(f"Pairing code: {reply.get('code')}")
        for address in reply.get("addresses", []):
            print(f"Listening on {address}")
        print("On the other computer: massage-break buddy join HOST:PORT CODE")
    elif opts.buddy_action == "list":
        buddies = reply.get("buddies", [])
        for b in buddies:
            state = "offline"
            if b.get("online"):
                state = "online, at the desk" if b.get("at_desk") else "online, away"
            print(f"{b.get('name')} ({state})")
        if not buddies:
            print("No buddies yet: pair with `massage-break buddy invite` on one computer.")
    elif opts.buddy_action in ("on", "off"):
        print(f"Break buddy is {opts.buddy_action}.")
    elif opts.buddy_action == "forget":
        print(f"Forgot {opts.buddy_name}.")
    return 0


def _forward(paths: AppPaths, opts: cli.Options) -> int | None:
    """Send the command to a running instance. None when no instance answers."""
    from massage_break.adapters.instance_select import ipc

    reply = ipc().ask_instance(paths.ipc_dir, _command_message(opts))
    if reply is None:
        return None
    if opts.command == "buddy":
        return _buddy_reply(paths, opts, reply)
    if opts.command == "status":
        status = reply.get("status", {})
        print(json.dumps(status, indent=2) if opts.json else status.get("text", reply))
    elif not reply.get("ok"):
        print(f"massage-break: {reply.get('error', 'refused')}", file=sys.stderr)
        return 1
    elif opts.command == "run":
        print("massage-break is already running; opened its window.")
    return 0


def main(argv: list[str] | None = None) -> int:
    opts = cli.parse(argv)
    applog.setup(opts.log_level, opts.log_json)
    paths = app_paths(opts.base_dir)
    paths.ensure()
    if opts.command == "export":
        from massage_break import history_cli

        return history_cli.export(paths, opts, _local_zone())
    if opts.command == "install-launcher":
        return _install_launcher_command(opts)
    if opts.command == "history" and opts.delete_all:
        from massage_break import history_cli

        done = history_cli.delete_all(paths, opts)
        if done == 0:  # a running app shows the emptied history at once
            from massage_break.adapters.single_instance import ask_instance

            ask_instance(paths.ipc_dir, {"command": "history-changed"})
        return done
    forwarded = _forward(paths, opts)
    if forwarded is not None:
        return forwarded
    if opts.command == "buddy":
        print(
            "massage-break is not running: start it first (`massage-break`), then try again.",
            file=sys.stderr,
        )
        return 3
    if opts.command != "run":
        print("massage-break is not running.", file=sys.stderr)
        return 3
    return _run(paths, opts)


def _run(paths: AppPaths, opts: cli.Options) -> int:
    from massage_break.adapters.instance_select import ipc

    single = ipc()
    try:
        lock = single.InstanceLock(paths.ipc_dir)
    except single.AlreadyRunning:
        # started at the same moment as another instance: forward to it like a later start
        forwarded = _forward(paths, opts)
        log.info("another instance holds the lock; exiting")
        return forwarded or 0
    try:
        # commands sent from now on wait in the socket's backlog until the loop answers them
        sock = single.listen(paths.ipc_dir)
        return _run_locked(paths, opts, sock)
    finally:
        lock.release()


def _run_locked(paths: AppPaths, opts: cli.Options, sock: Any = None) -> int:
    """Show the tray first; everything else is built while the tray host registers it."""
    from PySide6.QtCore import QTimer

    from massage_break.source_cache import stop_source_caching

    stop_source_caching()  # before any other import

    from PySide6.QtWidgets import QApplication

    from massage_break import __version__
    from massage_break.ui.tray import Tray

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("massage_break")
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setQuitOnLastWindowClosed(False)
    _install_language(paths.settings_file, opts)  # before the first window or menu is built
    tray = Tray(_tray_icons(opts))
    app.setWindowIcon(tray.icon.icon())
    # shown even with no host yet: Qt hands a shown icon to a tray host that comes later
    tray.show()
    applog.event("tray_shown", tray=tray.available)
    alive: list[Any] = [_quit_on_signals(app)]  # what must live as long as the loop runs
    failed: list[bool] = []  # a start-up that failed: the one deliberate exit with 1
    guard = ExitGuard()
    guard.arm()

    def finish_start() -> None:
        # Runs once the event loop turns, so the tray host hears about the icon first.
        try:
            build_and_start()
        except Exception as exc:  # a bug or a broken system library: say so, do not linger
            failed.append(True)
            for part in alive:
                if isinstance(part, _Parts):
                    part.controller.stop()  # no reminders behind the message
            alive.append(_report_start_failure(app, tray, exc))

    def build_and_start() -> None:
        # before any window maps, so the compositor finds the entry's name and icon for it
        _write_launcher(opts)
        parts = _build(paths, opts, app, tray, sock)
        alive.append(parts)
        guard.last_words = parts.last_words
        parts.controller.start()
        if parts.paused_until is not None:  # a pause saved before a restart that still runs
            parts.controller.pause_until(parts.paused_until)
        applog.event(
            "started",
            tray=tray.available,
            notifier=parts.notifier.name,
            idle=parts.idle_source.name,
            # what an escalated reminder becomes besides the notifier's own surface
            escalation="window" if parts.controller.window_on_escalation else "notification",
            context=parts.controller.context.name,
            version=__version__,
            base=str(paths.config.parent),
        )
        for notice in parts.notices:
            parts.controller.notice.emit(DISPLAY_NAME, notice)
        if parts.first_run:
            parts.windows.show_welcome()
            # the question about GNOME's own reminders waits until the welcome is answered
            parts.windows.welcome.finished.connect(parts.gnome_breaks.check)
        else:
            parts.gnome_breaks.check()
        if not parts.idle_source.available:
            log.warning("activity detection unavailable: counting wall-clock time")

    QTimer.singleShot(START_DELAY_MS, finish_start)
    code = int(app.exec())
    if code and not failed:
        # Qt ends the loop with 1 itself when the X connection breaks: the session ended,
        # and the shutdown above has saved what was open
        applog.event("session_ended", code=code)
        code = 0
    return guard.finish(code)


def _report_start_failure(app: Any, tray: Any, exc: BaseException) -> Any:
    """A tray icon that never reminds is worse than none: say what broke, then quit (1)."""
    from PySide6.QtWidgets import QMessageBox

    from massage_break.ui.i18n import tr

    log.critical("start-up failed", exc_info=exc)
    applog.event("start_failed", error=f"{type(exc).__name__}: {exc}")
    tray.hide()
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        tr("app", "Could not start"),  # the window title; the desktop adds " — Massage Break"
        tr(
            "app",
            "%1 could not start, so it will not remind you to take breaks.\n\n%2\n\n"
            "Please report this message; starting the app from a terminal shows the details.",
            DISPLAY_NAME,
            f"{type(exc).__name__}: {exc}",
        ),
    )
    box.setObjectName("start-failed")
    box.finished.connect(lambda *_: app.exit(1))
    box.show()
    return box


class _Parts(NamedTuple):
    controller: Any
    notifier: Any
    idle_source: Any
    notices: list[str]
    windows: Any
    first_run: bool
    last_words: Any  # () -> None: what to save when the session ends under the app
    paused_until: datetime | None = None  # a pause saved by the last run
    keep: tuple[Any, ...] = ()  # objects that must live as long as the app (break buddy)
    gnome_breaks: Any = None  # asks once about GNOME's own break reminders


def _build(paths: AppPaths, opts: cli.Options, app: Any, tray: Any, sock: Any = None) -> _Parts:
    import tomllib

    from PySide6.QtCore import Qt

    from massage_break import resources
    from massage_break.adapters.context import create_context_probe
    from massage_break.adapters.gnome_breaks import GnomeBreakSettings
    from massage_break.adapters.history_store import SqliteHistoryStore
    from massage_break.adapters.idle import create_idle_source
    from massage_break.adapters.instance_select import ipc
    from massage_break.adapters.power import PowerMonitor
    from massage_break.adapters.scheduling import QtJobScheduler
    from massage_break.adapters.session import wayland_session
    from massage_break.adapters.settings_store import JsonSettingsStore
    from massage_break.adapters.sound import Chime, dnd_active
    from massage_break.adapters.state_store import JsonStateStore
    from massage_break.core.catalog import parse_catalog
    from massage_break.core.clock import SystemClock
    from massage_break.core.engine import Engine
    from massage_break.ui.buddy_control import BuddyControl, MainThreadPost
    from massage_break.ui.commands import CommandHandler
    from massage_break.ui.controller import AppController
    from massage_break.ui.gnome_breaks import GnomeBreaksOffer
    from massage_break.ui.windows import Windows

    clock = SystemClock()
    now = clock.now()
    assets = resources.assets_dir(opts.assets_dir)
    catalog = parse_catalog(tomllib.loads(resources.catalog_path(assets).read_text("utf-8")))
    # a first start: nothing saved yet (checked before the stores create their files)
    first_run = not paths.settings_file.exists() and not paths.history_file.exists()
    settings_store = JsonSettingsStore(paths.settings_file, now)
    settings = settings_store.load()
    history = SqliteHistoryStore(paths.history_file, now)
    _apply_retention(history, settings.keep_history_days, now)
    state = JsonStateStore(paths.state_file, now)
    paused_until = state.load_pause()
    idle_source = create_idle_source()
    minute = timedelta(seconds=opts.minute_seconds)
    probe = max(min(PROBE_SECONDS, opts.minute_seconds / 4), 0.25)
    engine = Engine(
        settings,
        catalog,
        minute=minute,
        probe_interval=timedelta(seconds=probe),
        detection_available=idle_source.available,
        recent=[r.routine_id for r in history.recent(RECENT_ROUTINES)],
        tz=_local_zone(),
        rng=random.Random(),
    )
    icon_file = str(assets / "icons" / "massage-break.svg")
    notifier = _make_notifier(tray, icon_file)
    # on Wayland a new window is focused whatever it asks: with a notification server there,
    # an escalated reminder stays a (critical, resident) notification and never a window
    window_on_escalation = not (notifier.surface == "notification" and wayland_session())
    scheduler = QtJobScheduler()
    context = create_context_probe()
    controller = AppController(
        engine,
        clock,
        scheduler,
        idle_source,
        notifier,
        history,
        settings_store,
        probe_seconds=probe,
        context=context,
        window_on_escalation=window_on_escalation,
    )
    poster = MainThreadPost()
    buddy = BuddyControl(
        controller,
        _buddy_factory(paths, poster.post),
        lambda: _make_invite_notice(tray, str(assets / "icons" / "massage-break.svg")),
    )
    server = ipc().CommandServer(paths.ipc_dir, CommandHandler(controller, buddy).handle, sock)
    power = PowerMonitor()
    power.locked.connect(controller.locked)
    power.sleeping.connect(controller.sleeping)
    power.sleeping.connect(lambda asleep: None if asleep else scheduler.wakeup())

    def export(path: Path) -> int:
        from massage_break.adapters.history_export import export_csv

        return export_csv(history, catalog, engine.tz, path)

    windows = Windows(
        controller,
        assets,
        opts.minute_seconds,
        autostart=lambda: _autostart(opts.base_dir),
        export=export,
        chime=Chime(lambda: controller.settings.sound, dnd_active(context)),
        delete_history=history.delete_all,
        buddy=buddy,
        tray=tray.available,
    )
    notifier.answered.connect(controller.answer)
    tray.take_break.connect(controller.take_break_now)
    tray.take_break_with_buddy.connect(lambda: buddy.take_with(None))
    buddy.changed.connect(lambda: tray.set_buddy(b.name if (b := buddy.online()) else None))
    tray.pause_minutes.connect(controller.pause_for)
    tray.pause_tomorrow.connect(controller.pause_until_tomorrow)
    tray.resume.connect(controller.resume)
    tray.open_settings.connect(windows.show_settings)
    tray.open_buddy.connect(windows.show_buddy_settings)
    tray.open_history.connect(windows.show_history)
    tray.quit.connect(app.quit)
    # queued: the command that asked to quit still gets its reply before shutdown starts
    controller.quit_requested.connect(app.quit, Qt.ConnectionType.QueuedConnection)
    controller.status_changed.connect(lambda s: _save_pause(state, s.paused_until))
    controller.settings_applied.connect(
        lambda s: _apply_retention(history, s.keep_history_days, clock.now(), controller)
    )
    controller.status_changed.connect(
        lambda s: tray.update_status(
            s,
            controller.tooltip(),
            clock.now(),
            minute.total_seconds() * controller.settings.break_interval_min,
        )
    )

    host_watch = _watch_tray_hosts(tray)

    def tray_changed(shown: bool) -> None:
        applog.event("tray_shown", tray=shown)
        windows.set_tray(shown)
        _follow_tray(controller, tray, icon_file)

    tray.host_changed.connect(tray_changed)
    tray.check_host()  # a host that came while the rest was built

    stopped: list[bool] = []

    def shutdown() -> None:
        stopped.append(True)
        buddy.close()  # first: it cancels its jobs, and the scheduler stops below
        controller.stop()
        notifier.close()
        tray.hide()
        server.close()
        idle_source.close()
        context.close()
        power.close()
        if host_watch is not None:
            host_watch.close()
        history.close()
        applog.event("quit")

    def last_words() -> None:
        """The display or the bus is gone: save what is open, touch nothing on screen."""
        if not stopped:
            controller.record_quit()
        history.close()
        applog.event("quit", session_ended=True)

    app.aboutToQuit.connect(shutdown)
    if settings.buddy:  # after the wiring, so its first events find everything connected
        buddy.turn_on()
    notices = [n for n in (settings_store.notice, history.notice, state.notice) if n]
    gnome_breaks = GnomeBreaksOffer(
        GnomeBreakSettings(), state, windows.ask, controller.notice.emit
    )
    return _Parts(
        controller,
        notifier,
        idle_source,
        notices,
        windows,
        first_run,
        last_words,
        paused_until,
        (buddy, poster, host_watch),
        gnome_breaks,
    )


def _apply_retention(history: Any, keep_days: int, now: datetime, controller: Any = None) -> None:
    """The retention setting: remove what is older than it keeps (nothing by default)."""
    from massage_break.core.history import retention_cutoff

    cutoff = retention_cutoff(now, keep_days)
    if cutoff is None:
        return
    try:
        removed = history.delete_before(cutoff)
    except Exception as exc:  # the history file is reported elsewhere if it is unusable
        log.error("could not remove old history: %s", exc)
        return
    applog.event("history_pruned", removed=removed, keep_days=keep_days)
    if removed and controller is not None:
        controller.history_changed.emit()


def _save_pause(state: Any, until: datetime | None) -> None:
    try:
        state.save_pause(until)
    except OSError as exc:  # the pause still holds for this run
        log.error("could not save the pause: %s", exc)


def _autostart(base_dir: Path | None) -> Any:
    """The start-at-login entry, made when the settings dialog first opens. With a base
    directory (tests) the entry stays inside it and passes the directory on."""
    from massage_break.adapters.autostart import create_autostart

    extra = ("--base-dir", str(base_dir.resolve())) if base_dir is not None else ()
    return create_autostart(base_dir, extra)


def _local_zone() -> tzinfo:
    """The user's time zone with its daylight-saving rules (tzlocal comes with APScheduler);
    the current fixed offset if it cannot be found."""
    try:
        from tzlocal import get_localzone

        return get_localzone()
    except Exception as exc:
        log.warning("time zone not found (%s); using the current UTC offset", exc)
        zone = datetime.now().astimezone().tzinfo  # noqa: TID251 - start-up only, no decision
        return zone if zone is not None else UTC


def _quit_on_signals(app: Any) -> Any:
    """SIGTERM/SIGINT quit cleanly. Python runs signal handlers only when it gets control, so
    the C-level handler writes to a socket that Qt watches: no polling timer, no idle cost."""
    import socket

    from PySide6.QtCore import QSocketNotifier, QTimer

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for signum in (signal.SIGTERM, signal.SIGINT):
        # queued: a signal that comes before the event loop runs still ends it
        signal.signal(signum, lambda *_: QTimer.singleShot(0, app.quit))
    watch = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)
    watch.activated.connect(lambda *_: reader.recv(64))
    return (reader, writer, watch)


def _buddy_factory(paths: AppPaths, post: Any) -> Any:
    """Builds the break-buddy service when the feature is first turned on: its module (and
    with it the network and crypto libraries) is imported only then."""

    def make(name: str, events: Any) -> Any:
        from massage_break.adapters.buddy.service import BuddyService

        return BuddyService(paths.data / "buddy", name, events, post)

    return make


def _make_invite_notice(tray: Any, icon: str) -> Any:
    """A buddy's invitation: a notification with Join / In 5 min / Decline on its own D-Bus
    connection, else a tray balloon (a click joins)."""
    from PySide6.QtWidgets import QSystemTrayIcon

    if sys.platform.startswith("linux"):
        from massage_break.adapters.invite_notice import DbusInviteNotice
        from massage_break.adapters.notify import NotifierUnavailable

        try:
            return DbusInviteNotice(DISPLAY_NAME, icon)
        except NotifierUnavailable as exc:
            log.warning("invitations as notifications unavailable: %s", exc)
    if tray.available and QSystemTrayIcon.supportsMessages():
        from massage_break.ui.tray_notifier import TrayInviteNotice

        return TrayInviteNotice(tray)
    raise RuntimeError("no notification server and no tray: invitations cannot be shown")


def _make_notifier(tray: Any, icon: str, dbus: bool = True) -> Any:
    """D-Bus notifications with actions, else the tray balloon, else a small prompt window."""
    from PySide6.QtWidgets import QSystemTrayIcon

    if dbus and sys.platform.startswith("linux"):
        from massage_break.adapters.notify import DbusNotifier, NotifierUnavailable

        try:
            return DbusNotifier(DISPLAY_NAME, icon)
        except NotifierUnavailable as exc:
            log.warning("desktop notifications unavailable: %s", exc)
    if tray.available and QSystemTrayIcon.supportsMessages():
        from massage_break.ui.tray_notifier import TrayNotifier

        return TrayNotifier(tray)
    from massage_break.ui.prompt_window import PromptWindow

    return PromptWindow()


def _follow_tray(controller: Any, tray: Any, icon: str) -> None:
    """Without a notification server a reminder is a tray balloon or the small window: when a
    tray comes or goes, the reminder moves with it. D-Bus notifications need no tray."""
    current = controller.notifier
    if current.name not in ("tray", "window"):
        return
    notifier = _make_notifier(tray, icon, dbus=False)
    if notifier.name == current.name:
        return
    current.withdraw()
    notifier.answered.connect(controller.answer)
    controller.notifier = notifier
    applog.event("notifier_changed", notifier=notifier.name)


def _watch_tray_hosts(tray: Any) -> Any:
    """Hear a tray host (a StatusNotifierWatcher) come or go on the session bus; each time,
    the tray looks again. None where there is no such bus."""
    if not sys.platform.startswith("linux"):
        return None
    from massage_break.adapters.tray_host import TrayHostWatch

    watch = TrayHostWatch()
    watch.changed.connect(lambda _present: tray.check_host())
    return watch


def _launcher_extra(base_dir: Path | None) -> tuple[str, ...]:
    return ("--base-dir", str(base_dir.resolve())) if base_dir is not None else ()


def _write_launcher(opts: cli.Options) -> None:
    """The desktop entry and icon of a pip or venv install, so the app grid has something to
    click and the top bar shows the name (a system package or Flatpak brings its own)."""
    if not sys.platform.startswith("linux"):
        return
    from massage_break import resources
    from massage_break.adapters.launcher import install_launcher

    try:
        icon = resources.assets_dir(opts.assets_dir) / "icons" / "massage-break.svg"
        install_launcher(icon, _launcher_extra(opts.base_dir))
    except OSError as exc:  # the app runs the same without it
        log.warning("could not write the desktop entry: %s", exc)


def _install_launcher_command(opts: cli.Options) -> int:
    """`massage-break install-launcher`: what the first start does, from the command line."""
    if not sys.platform.startswith("linux"):
        print("massage-break: install-launcher is for Linux desktops", file=sys.stderr)
        return 2
    from massage_break import resources
    from massage_break.adapters.launcher import install_launcher

    try:
        icon = resources.assets_dir(opts.assets_dir) / "icons" / "massage-break.svg"
        written = install_launcher(icon, _launcher_extra(opts.base_dir))
    except OSError as exc:
        print(f"massage-break: could not write the desktop entry: {exc}", file=sys.stderr)
        return 1
    if written is None:
        print("massage-break: this installation brought its own desktop entry.")
    else:
        state = "written" if written.changed else "up to date"
        print(f"Desktop entry {state}: {written.entry}\nIcon: {written.icon}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
