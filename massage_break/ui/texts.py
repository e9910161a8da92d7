"""Fixed user-facing safety wording (content-brief §1.8), written for this app."""

STOP_AND_GET_HELP = (
    "<p><b>Stop</b> if a move gives you sharp or growing pain, numbness, tingling or weakness "
    "in an arm or leg, dizziness, a change in your vision, a sudden bad headache or nausea.</p>"
    "<p><b>See a doctor or physiotherapist</b> if neck or back pain gets worse, wakes you at "
    "night, lasts more than a few weeks, or comes with fever, weight loss you cannot explain, "
    "or tingling or weakness in an arm.</p>"
    "<p>These are general comfort exercises, not treatment. Move gently and stay in a range "
    "that feels fine.</p>"
)
