import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from massage_break.core import buddy_wire as w

VALID: dict[str, dict[str, object]] = {
    "hello": {"name": "Sam", "at_desk": True},
    "presence": {"at_desk": False},
    "ping": {},
    "pong": {},
    "forget": {},
    "invite": {"break": "b-1", "routine": "partner shoulders", "tier": "short", "sitting_s": 3600},
    "answer": {"break": "b-1", "answer": "later", "minutes": 5},
    "start": {"break": "b-1", "routine": "partner_shoulders"},
    "step": {"break": "b_1", "index": 3, "paused": False, "elapsed_ms": 1200, "by": "A"},
    "gate": {"break": "b1", "gate": "screening:A", "result": None},
    "reshape": {"break": "b1", "how": "one_receiver", "receiver": "B"},
    "bye": {"break": "b1", "reason": "alone"},
}


def line(payload: object) -> bytes:
    return json.dumps(payload).encode() + b"\n"


def test_every_kind_has_an_example() -> None:
    assert set(VALID) == set(w.KINDS)
    assert set(w.SHARED_KINDS) <= set(w.KINDS)


@pytest.mark.parametrize("kind", sorted(VALID))
def test_valid_messages_round_trip(kind: str) -> None:
    data = w.encode(kind, 7, VALID[kind])
    assert data.endswith(b"\n") and data.count(b"\n") == 1
    assert json.loads(data) == {"v": 1, "kind": kind, "seq": 7, "body": VALID[kind]}
    assert w.decode(data) == w.Message(kind, 7, VALID[kind])
    assert w.decode(data.rstrip(b"\n")) == w.Message(kind, 7, VALID[kind])


@pytest.mark.parametrize(
    ("kind", "body", "reason"),
    [
        ("shout", {}, "unknown kind"),
        ("ping", {"extra": 1}, "ping: wrong fields"),
        ("presence", {}, "presence: wrong fields"),
        ("presence", {"at_desk": 1}, "presence: bad at_desk"),
        ("hello", {"name": "", "at_desk": True}, "hello: bad name"),
        ("hello", {"name": "x" * 41, "at_desk": True}, "hello: bad name"),
        ("hello", {"name": "a\nb", "at_desk": True}, "hello: bad name"),
        ("hello", {"name": 5, "at_desk": True}, "hello: bad name"),
        ("invite", {**VALID["invite"], "break": "has space"}, "invite: bad break"),
        ("invite", {**VALID["invite"], "break": "x" * 41}, "invite: bad break"),
        ("invite", {**VALID["invite"], "break": 3}, "invite: bad break"),
        ("invite", {**VALID["invite"], "routine": "r" * 401}, "invite: bad routine"),
        ("invite", {**VALID["invite"], "sitting_s": 86401}, "invite: bad sitting_s"),
        ("invite", {**VALID["invite"], "sitting_s": -1}, "invite: bad sitting_s"),
        ("invite", {**VALID["invite"], "sitting_s": True}, "invite: bad sitting_s"),
        ("invite", {**VALID["invite"], "sitting_s": 1.0}, "invite: bad sitting_s"),
        ("answer", {**VALID["answer"], "answer": "maybe"}, "answer: bad answer"),
        ("answer", {**VALID["answer"], "answer": 1}, "answer: bad answer"),
        ("answer", {**VALID["answer"], "minutes": 61}, "answer: bad minutes"),
        ("step", {**VALID["step"], "index": 1000}, "step: bad index"),
        ("step", {**VALID["step"], "by": "C"}, "step: bad by"),
        ("gate", {**VALID["gate"], "result": 11}, "gate: bad result"),
        ("gate", {**VALID["gate"], "result": "yes"}, "gate: bad result"),
        ("reshape", {**VALID["reshape"], "receiver": "AB"}, "reshape: bad receiver"),
        ("bye", {**VALID["bye"], "reason": "bored"}, "bye: bad reason"),
    ],
)
def test_invalid_bodies_are_refused_both_ways(kind: str, body: Any, reason: str) -> None:
    with pytest.raises(w.BadMessage) as caught:
        w.encode(kind, 1, body)
    assert caught.value.reason == reason
    with pytest.raises(w.BadMessage) as caught:
        w.decode(line({"v": 1, "kind": kind, "seq": 1, "body": body}))
    assert caught.value.reason == reason


@pytest.mark.parametrize("result", [True, False, None, 0, 10])
def test_gate_results(result: object) -> None:
    body = {**VALID["gate"], "result": result}
    assert w.decode(w.encode("gate", 1, body)).body["result"] == result


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\xff\xfe{}\n", "not UTF-8"),
        (b"{not json}\n", "not JSON"),
        (b"\n", "not JSON"),
        (b"[" * 4000 + b"]" * 4000, "not JSON"),
        (b"[1, 2]\n", "not an object"),
        (line({"v": 1, "kind": "ping", "seq": 1}), "wrong fields"),
        (line({"v": 1, "kind": "ping", "seq": 1, "body": {}, "x": 0}), "wrong fields"),
        (line({"v": 2, "kind": "ping", "seq": 1, "body": {}}), "unknown version"),
        (line({"v": True, "kind": "ping", "seq": 1, "body": {}}), "unknown version"),
        (line({"v": 1, "kind": 5, "seq": 1, "body": {}}), "unknown kind"),
        (line({"v": 1, "kind": "ping", "seq": 0, "body": {}}), "bad seq"),
        (line({"v": 1, "kind": "ping", "seq": "1", "body": {}}), "bad seq"),
        (line({"v": 1, "kind": "ping", "seq": 2**53, "body": {}}), "bad seq"),
        (line({"v": 1, "kind": "ping", "seq": 1, "body": []}), "body is not an object"),
        (b'{"v": 1, "kind": "ping", "seq": 1' + b"0" * 9000 + b', "body": {}}', "too long"),
        (b"9" * 5000, "not JSON"),
    ],
)
def test_bad_lines(raw: bytes, reason: str) -> None:
    with pytest.raises(w.BadMessage) as caught:
        w.decode(raw)
    assert caught.value.reason == reason
    assert str(caught.value) == reason


def test_line_length_limit_counts_the_newline() -> None:
    def padded(total: int) -> bytes:
        short = w.encode("hello", 1, {"name": "n", "at_desk": True})
        pad = total - len(short)
        return short[:-2] + b" " * pad + b"}\n"

    exact = padded(w.MAX_LINE)
    assert len(exact) == w.MAX_LINE
    assert w.decode(exact).kind == "hello"
    assert w.decode(exact[:-1]).kind == "hello"  # same line, newline not included
    with pytest.raises(w.BadMessage, match="too long"):
        w.decode(padded(w.MAX_LINE + 1))
    with pytest.raises(w.BadMessage, match="too long"):
        w.decode(padded(w.MAX_LINE + 1)[:-1])


def test_encode_refuses_a_message_over_the_limit() -> None:
    body = {"break": "b", "routine": "é" * 400, "tier": "t", "sitting_s": 1}
    assert len(w.encode("invite", 1, body)) <= w.MAX_LINE  # 800 bytes fit easily
    with pytest.raises(w.BadMessage, match="too long"), pytest.MonkeyPatch.context() as mp:
        mp.setattr(w, "MAX_LINE", 100)
        w.encode("invite", 1, body)


def test_inbox_refuses_replays_and_going_back() -> None:
    inbox = w.Inbox()
    ping = w.Message("ping", 1, {})
    assert inbox.accept(ping)
    assert not inbox.accept(ping)
    assert inbox.accept(w.Message("ping", 5, {}))
    assert not inbox.accept(w.Message("ping", 4, {}))
    assert not inbox.accept(w.Message("ping", 5, {}))
    assert inbox.accept(w.Message("ping", 6, {}))
    assert inbox.last_seq == 6


def test_outbox_numbers_from_one_and_skips_nothing_on_error() -> None:
    out = w.Outbox()
    assert w.decode(out.encode("ping", {})).seq == 1
    with pytest.raises(w.BadMessage):
        out.encode("presence", {})
    assert w.decode(out.encode("pong", {})).seq == 2


def test_line_buffer_splits_joins_and_skips_long_lines() -> None:
    buf = w.LineBuffer()
    first = w.encode("ping", 1, {})
    second = w.encode("presence", 2, {"at_desk": True})
    assert buf.feed(first[:5]) == []
    got = buf.feed(first[5:] + second + b"junk\n")
    assert [m.kind for m in got if isinstance(m, w.Message)] == ["ping", "presence"]
    assert isinstance(got[2], w.BadMessage) and got[2].reason == "not JSON"
    # an over-long line is reported once, then skipped up to its newline
    assert [e.reason for e in buf.feed(b"x" * 5000) if isinstance(e, w.BadMessage)] == []
    long_part = buf.feed(b"x" * 5000)
    assert len(long_part) == 1 and isinstance(long_part[0], w.BadMessage)
    assert long_part[0].reason == "too long"
    assert buf.feed(b"y" * w.MAX_LINE) == []
    after = buf.feed(b"rest of the long line\n" + w.encode("pong", 3, {}))
    assert after == [w.Message("pong", 3, {})]


# ---- properties -----------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)


def _decode_or_bad(raw: bytes) -> w.Message | None:
    try:
        return w.decode(raw)
    except w.BadMessage:
        return None


@settings(max_examples=150)
@given(st.binary(max_size=w.MAX_LINE + 100))
def test_random_bytes_give_a_message_or_bad_message(raw: bytes) -> None:
    result = _decode_or_bad(raw)
    assert result is None or isinstance(result, w.Message)


@settings(max_examples=150)
@given(json_values)
def test_random_json_gives_a_message_or_bad_message(value: object) -> None:
    result = _decode_or_bad(json.dumps(value).encode())
    assert result is None or isinstance(result, w.Message)


@settings(max_examples=150)
@given(
    st.sampled_from(sorted(w.KINDS)),
    st.integers(min_value=-3, max_value=2**60),
    st.dictionaries(st.sampled_from(["v", "kind", "seq", "body"]), json_values),
    st.dictionaries(
        st.sampled_from(["break", "name", "at_desk", "index", "result", "minutes", "zz"]),
        json_values,
    ),
)
def test_mutated_messages_give_a_message_or_bad_message(
    kind: str, seq: int, top: dict[str, object], body_changes: dict[str, object]
) -> None:
    payload: dict[str, object] = {"v": 1, "kind": kind, "seq": seq, "body": dict(VALID[kind])}
    payload.update(top)
    if isinstance(payload.get("body"), dict):
        payload["body"] = {**payload["body"], **body_changes}  # type: ignore[dict-item]
    result = _decode_or_bad(json.dumps(payload).encode())
    if result is not None:  # whatever got through is exactly a valid message
        assert w.decode(w.encode(result.kind, result.seq, result.body)) == result


@settings(max_examples=200)
@given(st.binary(min_size=1, max_size=40), st.integers(0, 200), st.sampled_from(sorted(VALID)))
def test_bytes_flipped_in_valid_lines(noise: bytes, where: int, kind: str) -> None:
    raw = bytearray(w.encode(kind, 3, VALID[kind]))
    at = where % len(raw)
    raw[at : at + len(noise)] = noise
    result = _decode_or_bad(bytes(raw))
    assert result is None or isinstance(result, w.Message)


@settings(max_examples=50)
@given(st.integers(w.MAX_LINE - 50, 3 * w.MAX_LINE))
def test_over_long_lines(size: int) -> None:
    raw = b'{"v":1,"kind":"hello","seq":1,"body":{"name":"' + b"a" * size + b'","at_desk":true}}\n'
    with pytest.raises(w.BadMessage):
        w.decode(raw)


names = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Cf", "Co", "Cn", "Zs")),
    min_size=1,
    max_size=40,
)
ids = st.from_regex(r"[A-Za-z0-9_-]{1,40}", fullmatch=True)
bodies = st.one_of(
    st.tuples(st.just("hello"), st.fixed_dictionaries({"name": names, "at_desk": st.booleans()})),
    st.tuples(
        st.just("step"),
        st.fixed_dictionaries(
            {
                "break": ids,
                "index": st.integers(0, 999),
                "paused": st.booleans(),
                "elapsed_ms": st.integers(0, 86_400_000),
                "by": st.sampled_from(["A", "B"]),
            }
        ),
    ),
    st.tuples(
        st.just("gate"),
        st.fixed_dictionaries(
            {
                "break": ids,
                "gate": names,
                "result": st.none() | st.booleans() | st.integers(0, 10),
            }
        ),
    ),
    st.tuples(
        st.just("invite"),
        st.fixed_dictionaries(
            {
                "break": ids,
                "routine": st.text(
                    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Cf", "Co", "Cn")),
                    min_size=1,
                    max_size=400,
                ).filter(str.isprintable),
                "tier": ids,
                "sitting_s": st.integers(0, 86400),
            }
        ),
    ),
)


@settings(max_examples=150)
@given(bodies, st.integers(1, w.MAX_SEQ))
def test_valid_messages_round_trip_property(kind_body: tuple[str, Any], seq: int) -> None:
    kind, body = kind_body
    raw = w.encode(kind, seq, body)
    assert len(raw) <= w.MAX_LINE
    assert w.decode(raw) == w.Message(kind, seq, body)


@given(st.lists(st.integers(1, 50), max_size=40))
def test_inbox_accepts_exactly_the_strictly_rising_seqs(seqs: list[int]) -> None:
    inbox = w.Inbox()
    accepted = [s for s in seqs if inbox.accept(w.Message("ping", s, {}))]
    assert accepted == sorted(set(accepted))  # strictly rising
    best = 0
    for s in seqs:  # each one was accepted exactly when it beat everything before it
        assert (s in accepted and s > best) or s <= best
        best = max(best, s)
    assert inbox.last_seq == max(seqs, default=0)


@given(st.lists(st.integers(1, 50), min_size=1, max_size=40))
def test_a_replayed_message_is_never_accepted_twice(seqs: list[int]) -> None:
    inbox = w.Inbox()
    for s in seqs:
        message = w.Message("ping", s, {})
        inbox.accept(message)
        assert not inbox.accept(message)


@settings(max_examples=100)
@given(st.lists(st.binary(max_size=3000), max_size=10))
def test_line_buffer_only_yields_messages_or_bad_messages(chunks: list[bytes]) -> None:
    buf = w.LineBuffer()
    for chunk in chunks:
        for item in buf.feed(chunk):
            assert isinstance(item, w.Message | w.BadMessage)


def test_the_wire_carries_what_the_contract_offers() -> None:
    from massage_break.core import buddy

    for answer in buddy.ANSWERS:  # every answer the app offers can be sent
        body = {"break": "b1", "answer": answer, "minutes": max(buddy.LATER_MINUTES)}
        assert w.decode(w.encode("answer", 1, body)).body["answer"] == answer
    assert set(w.SHARED_KINDS) == {"start", "step", "gate", "reshape", "bye"}
    assert "wrong_code" in buddy.PAIR_ERRORS and "no_code" in buddy.PAIR_ERRORS
    invite = buddy.BreakInvite("b1", buddy.Buddy("Sam", "f" * 64), "r", "short", 60)
    body = {
        "break": invite.break_id,
        "routine": invite.routine_id,
        "tier": invite.tier,
        "sitting_s": invite.sitting_seconds,
    }
    assert w.decode(w.encode("invite", 1, body)).body == body
