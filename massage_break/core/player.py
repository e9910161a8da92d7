"""A break as screens, and the player that walks through them (times are passed in)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate

from massage_break.core.catalog import SIDES, Catalog, Exercise, Routine, RoutineItem

MIN_SCREEN_SECONDS = 8  # nothing shorter can be read and followed
RESTART_WINDOW = 3.0  # Back within this many seconds of a screen's start goes to the one before
AWAY_FROM_SCREEN = frozenset({"eyes.far_gaze", "eyes.rest_breathe", "move.walk"})
SAFETY_TECHNIQUES = frozenset({"partner.closing_sweep", "partner.swap_check_in"})
GATES = ("consent", "screening", "giver_check", "pressure", "swap", "aftercare")
PAIRS = {  # who -> (giver, receiver)
    "A_to_B": ("A", "B"),
    "B_to_A": ("B", "A"),
    "giver_to_receiver": ("giver", "receiver"),
}


@dataclass(frozen=True)
class Cue:
    """One line of a screen's instructions and the time it takes."""

    text: str
    seconds: int  # one repetition
    repeat: int = 1
    hold: bool = False
    role: str = ""
    frame: str = "a"

    @property
    def total(self) -> int:
        return self.seconds * self.repeat


@dataclass(frozen=True)
class Screen:
    """What one screen of a break shows. Gates are untimed pages that wait for a click."""

    kind: str  # "exercise" | "walk" | "gate"
    exercise_id: str = ""
    title: str = ""
    cues: tuple[Cue, ...] = ()
    seconds: int = 0
    side: str | None = None
    mirrored: bool = False
    frames: tuple[str, ...] = ()
    safety_notes: tuple[str, ...] = ()
    stop_if: tuple[str, ...] = ()
    ends_with_sound: bool = False
    role: str = ""
    who: str = ""
    giver: str = ""
    receiver: str = ""
    pressure_target: tuple[int, int] = (0, 0)
    check_in_after_s: int = 0
    safety_step: bool = False
    gate: str = ""
    number: int = 0  # "Exercise 3 of 7": gates have none
    item_index: int = -1

    @property
    def timed(self) -> bool:
        return self.kind != "gate"

    @property
    def bounds(self) -> tuple[float, ...]:
        """When each cue ends, stretched to the screen's length (the walk runs longer)."""
        own = sum(c.total for c in self.cues) or 1
        scale = self.seconds / own
        return tuple(end * scale for end in accumulate(c.total for c in self.cues))

    def cue_at(self, elapsed: float) -> int:
        for i, end in enumerate(self.bounds):
            if elapsed < end:
                return i
        return max(len(self.cues) - 1, 0)

    def rep_at(self, elapsed: float) -> tuple[int, int]:
        """(repetition now, repetitions in all) of the cue being done; (0, 0) without reps."""
        if not self.cues:
            return 0, 0
        i = self.cue_at(elapsed)
        cue = self.cues[i]
        if cue.repeat < 2:
            return 0, 0
        start = self.bounds[i - 1] if i else 0.0
        per_rep = (self.bounds[i] - start) / cue.repeat
        return min(int((elapsed - start) // per_rep) + 1, cue.repeat), cue.repeat

    @property
    def reps(self) -> int:
        return max((c.repeat for c in self.cues), default=1)

    @property
    def per_rep_seconds(self) -> int:
        return next((c.seconds for c in self.cues if c.repeat > 1), 0)

    @property
    def hold_seconds(self) -> int:
        return max((c.seconds for c in self.cues if c.hold and c.repeat == 1), default=0)


def _cues(exercise: Exercise, side: str | None) -> tuple[Cue, ...]:
    return tuple(
        Cue(s.cue.replace("{side}", side or ""), s.seconds, s.repeat, s.hold, s.role, s.frame)
        for s in exercise.steps
    )


def _main_role(cues: tuple[Cue, ...]) -> str:
    return max(cues, key=lambda c: c.total).role if cues else ""


def exercise_screens(
    exercise: Exercise, item: RoutineItem, item_index: int, number: int
) -> list[Screen]:
    """One screen, or one per side (right first, left mirrored)."""
    walk = exercise.gets_you_moving and exercise.dose_reps == 0
    sides: tuple[str | None, ...] = SIDES if exercise.per_side else (None,)
    giver, receiver = PAIRS.get(item.who, ("", ""))
    out = []
    for side in sides:
        cues = _cues(exercise, side)
        out.append(
            Screen(
                kind="walk" if walk else "exercise",
                exercise_id=exercise.id,
                title=exercise.title,
                cues=cues,
                seconds=item.seconds if walk else exercise.side_seconds,
                side=side,
                mirrored=side == SIDES[1],
                frames=tuple(c.frame for c in cues),
                safety_notes=exercise.safety_notes,
                stop_if=exercise.stop_if,
                ends_with_sound=exercise.id in AWAY_FROM_SCREEN,
                role=_main_role(cues),
                who=item.who,
                giver=giver,
                receiver=receiver,
                pressure_target=exercise.pressure_target,
                check_in_after_s=exercise.check_in_after_s,
                safety_step=item.role_swap or exercise.id in SAFETY_TECHNIQUES,
                number=number,
                item_index=item_index,
            )
        )
    return out


def gate(name: str) -> Screen:
    return Screen(kind="gate", gate=name, safety_step=name == "aftercare")


def _opening_gates(routine: Routine) -> list[Screen]:
    people = ("A", "B") if routine.swap_roles else ("R",)
    return [
        gate("consent"),
        *(gate(f"screening:{p}") for p in people),
        gate("giver_check"),
        gate(f"pressure:{people[0]}"),
    ]


def build_screens(routine: Routine, catalog: Catalog) -> tuple[Screen, ...]:
    """The break as the player shows it. Partner routines get their untimed pages: consent,
    screening and the pressure check before the first touch, the swap and the second
    pressure check at the role swap, the aftercare at the end."""
    out: list[Screen] = []
    opened = not routine.requires_partner
    for index, item in enumerate(routine.items):
        exercise = catalog.exercises[item.exercise]
        if not opened and exercise.kind == "partner":
            out += _opening_gates(routine)
            opened = True
        out += exercise_screens(exercise, item, index, index + 1)
        if item.role_swap:
            out += [gate("swap"), gate("pressure:B")]
    if routine.requires_partner:
        out.append(gate("aftercare"))
    return tuple(out)


def exercise_count(screens: tuple[Screen, ...]) -> int:
    return max((s.number for s in screens), default=0)


@dataclass(frozen=True)
class View:
    """Everything the window needs to draw the player at one moment."""

    screen: Screen
    index: int
    count: int  # screens in all
    number: int  # exercise number, 0 on a gate
    exercises: int  # exercises in all
    elapsed: float
    remaining: float
    cue: int
    rep: int
    reps: int
    paused: bool
    finished: bool
    ask_number: bool  # partner technique past its check-in second: "Ask: what number?"
    next_screen: Screen | None

    @property
    def phase(self) -> str:
        if self.finished:
            return "finished"
        if not self.screen.timed:
            return "waiting"
        return "paused" if self.paused else "playing"


@dataclass
class Player:
    """Index, elapsed time, pause and the end of a break; every method takes the time now."""

    screens: tuple[Screen, ...]
    started: float  # when the current screen began, moved on by pauses
    index: int = 0
    paused_at: float | None = None
    finished: bool = False
    _exercises: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        if not self.screens:
            raise ValueError("a break needs at least one screen")
        self._exercises = exercise_count(self.screens)

    @property
    def screen(self) -> Screen:
        return self.screens[self.index]

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    def elapsed(self, now: float) -> float:
        if self.finished:
            return float(self.screen.seconds)
        if not self.screen.timed:
            return 0.0
        at = self.paused_at if self.paused_at is not None else now
        return min(max(at - self.started, 0.0), float(self.screen.seconds))

    def remaining(self, now: float) -> float:
        return self.screen.seconds - self.elapsed(now)

    def _go(self, index: int, now: float) -> None:
        self.index = index
        self.started = now
        if self.paused_at is not None:
            self.paused_at = now

    def tick(self, now: float) -> bool:
        """Move past timed screens whose time is up; True when the screen changed."""
        changed = False
        while not self.finished and not self.paused and self.screen.timed:
            end = self.started + self.screen.seconds
            if now < end:
                break
            if self.index == len(self.screens) - 1:
                self.finished = True
            else:
                self._go(self.index + 1, end)
            changed = True
        return changed

    def next(self, now: float) -> bool:
        """The next screen now; a gate only opens with `done_gate`."""
        return self._leave(now, gate=False)

    def done_gate(self, now: float) -> bool:
        """The page on a gate was answered: go on."""
        return self._leave(now, gate=True)

    def _leave(self, now: float, gate: bool) -> bool:
        if self.finished or self.screen.timed == gate:
            return False
        if self.index == len(self.screens) - 1:
            self.finished = True
        else:
            self._go(self.index + 1, now)
        return True

    def back(self, now: float) -> bool:
        """Restart this screen, or go to the one before if it has only just begun."""
        if self.finished:
            self.finished = False
            self._go(self.index, now)
            return True
        if self.elapsed(now) >= RESTART_WINDOW or self.index == 0:
            self._go(self.index, now)
        else:
            self._go(self.index - 1, now)
        return True

    def pause(self, now: float) -> None:
        if self.paused_at is None and not self.finished:
            self.paused_at = now

    def resume(self, now: float) -> None:
        if self.paused_at is not None:
            self.started += now - self.paused_at
            self.paused_at = None

    def view(self, now: float) -> View:
        screen = self.screen
        elapsed = self.elapsed(now)
        rep, reps = screen.rep_at(elapsed) if screen.timed else (0, 0)
        following = self.screens[self.index + 1] if self.index + 1 < len(self.screens) else None
        return View(
            screen=screen,
            index=self.index,
            count=len(self.screens),
            number=screen.number,
            exercises=self._exercises,
            elapsed=elapsed,
            remaining=screen.seconds - elapsed,
            cue=screen.cue_at(elapsed) if screen.timed else 0,
            rep=rep,
            reps=reps,
            paused=self.paused,
            finished=self.finished,
            ask_number=bool(screen.check_in_after_s) and elapsed >= screen.check_in_after_s,
            next_screen=following,
        )
