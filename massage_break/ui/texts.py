"""Fixed user-facing safety wording (content-brief §1.8), written for this app.

English source text; windows show it through tr("texts", ...)."""

from massage_break.ui.i18n import N_

STOP_AND_GET_HELP = N_(
    "texts",
    "<p><b>Stop</b> if a move gives you sharp or growing pain, numbness, tingling or weakness "
    "in an arm or leg, dizziness, a change in your vision, a sudden bad headache or nausea.</p>"
    "<p><b>Get medical help straight away</b> for chest pain, for numbness around the groin "
    "or buttocks, for new trouble controlling your bladder or bowels, for weakness in both "
    "legs, or for pain after a fall.</p>"
    "<p><b>See a doctor or physiotherapist</b> if neck or back pain gets worse, wakes you at "
    "night, lasts more than a few weeks, or comes with fever, weight loss you cannot explain, "
    "or tingling or weakness in an arm.</p>"
    "<p>These are general comfort exercises, not treatment. Move gently and stay in a range "
    "that feels fine.</p>",
)

#: every `stop_if` id in the catalogue, as the words an exercise screen shows after "Stop if"
STOP_IF_WORDS: dict[str, str] = {
    "sharp_pain": "you feel sharp or growing pain",
    "tingling": "you feel tingling or pins and needles",
    "numbness": "part of you goes numb",
    "dizziness": "you feel dizzy or light-headed",
    "nausea": "you feel sick",
    "vision_change": "your vision changes or blurs",
}
