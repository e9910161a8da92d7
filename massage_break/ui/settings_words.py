"""The words for the settings field table (core/settings.py holds only names, bounds and
units): labels and help, English source text shown through tr("settings", ...)."""

from massage_break.ui.i18n import N_

#: field name -> (label, help)
FIELD_WORDS: dict[str, tuple[str, str]] = {
    "break_interval_min": (
        N_("settings", "Remind me after sitting for"),
        N_(
            "settings",
            "Continuous sitting before a break is suggested. 30 minutes follows the studies on "
            "breaking up sitting.",
        ),
    ),
    "snooze_min": (
        N_("settings", "Snooze for"),
        N_("settings", "How long a snoozed reminder waits before it asks again."),
    ),
    "snooze_limit": (
        N_("settings", "Snoozes allowed per break"),
        N_("settings", "After this many snoozes the reminder offers only Start and Skip."),
    ),
    "short_pause_min": (
        N_("settings", "A pause shorter than this is still sitting"),
        N_(
            "settings",
            "Reading or thinking without touching the keyboard keeps the sitting clock going.",
        ),
    ),
    "away_min": (
        N_("settings", "Away this long counts as a break"),
        N_("settings", "Leaving the computer for this long resets the sitting clock."),
    ),
    "max_break_min": (
        N_("settings", "Longest break"),
        N_(
            "settings",
            "Routines longer than this are shortened: stretches are trimmed, never the walk.",
        ),
    ),
    "typing_grace_s": (
        N_("settings", "Wait for a pause in typing for up to"),
        N_(
            "settings",
            "A due reminder waits until you stop typing for a moment, at most this long.",
        ),
    ),
    "escalate_after": (
        N_("settings", "Unanswered reminders before a small window"),
        N_(
            "settings",
            "An ignored reminder comes back a little firmer; after this many, as a small window "
            "that never takes your keyboard.",
        ),
    ),
    "skip_limit": (
        N_("settings", "Skips per sitting stretch"),
        N_(
            "settings",
            "After this many skips in one stretch of sitting, a reminder offers Start and Snooze;"
            " the last allowed skip asks you to confirm.",
        ),
    ),
}
#: switch name -> its check box text
BOOL_WORDS: dict[str, str] = {
    "partner_mode": N_("settings", "Offer partner back-massage routines when someone is with me"),
    "reduced_motion": N_("settings", "Reduce motion: show still pictures instead of animations"),
    "sound": N_(
        "settings", "Play a soft sound when a step asks you to close your eyes or look away"
    ),
    "buddy": N_("settings", "Break buddy: take partner breaks with a paired computer nearby"),
}
