"""The buddy folder: identity files, the store of paired buddies, codes and addresses."""

from __future__ import annotations

import json
import os
import stat
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from massage_break.adapters.buddy import identity, pairing
from massage_break.adapters.buddy.link import parse_address
from massage_break.adapters.buddy.service import shown_name
from massage_break.adapters.buddy.store import MAX_ADDRESSES, BuddyStore

NOW = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)


def test_identity_is_made_once_private_and_kept(tmp_path: Path) -> None:
    folder = tmp_path / "buddy"
    first = identity.load_or_create(folder, NOW)
    assert stat.S_IMODE(os.stat(first.key_file).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert first.fingerprint == identity.fingerprint_pem(first.cert_pem)
    assert len(first.fingerprint) == 64 and first.fingerprint == first.fingerprint.lower()
    assert identity.load_or_create(folder, NOW) == first  # same key, same certificate

    from cryptography import x509

    cert = x509.load_pem_x509_certificate(first.cert_pem.encode())
    assert cert.not_valid_after_utc - cert.not_valid_before_utc > identity.VALIDITY
    assert "Massage Break" in cert.subject.rfc4514_string()


def test_an_unreadable_identity_is_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "buddy"
    first = identity.load_or_create(folder, NOW)
    first.cert_file.write_text("garbage")
    second = identity.load_or_create(folder, NOW)
    assert second.fingerprint != first.fingerprint
    assert identity.load_or_create(folder, NOW) == second


def test_store_keeps_buddies_and_the_advertised_id(tmp_path: Path) -> None:
    store = BuddyStore(tmp_path, lambda: NOW)
    advert = store.advert_id
    assert len(advert) == 16
    store.add("Bo", "f" * 64, "PEM", ("10.0.0.2:47390",))
    store.used_address("f" * 64, "10.0.0.3:47390")
    store.set_name("f" * 64, "Bobby")
    store.set_name("0" * 64, "nobody")  # unknown: nothing happens

    again = BuddyStore(tmp_path, lambda: NOW)
    (bo,) = again.buddies()
    assert (bo.name, bo.cert_pem, bo.paired_at) == ("Bobby", "PEM", "2026-12-02T09:30:00+00:00")
    assert bo.addresses == ("10.0.0.3:47390", "10.0.0.2:47390")
    assert again.advert_id == advert
    assert again.find("BOBBY") == bo and again.find("f" * 64) == bo and again.find("x") is None

    for n in range(10):
        again.used_address("f" * 64, f"10.0.0.{n}:1")
    assert len(again.get("f" * 64).addresses) == MAX_ADDRESSES  # type: ignore[union-attr]

    assert again.remove("f" * 64)
    assert not again.remove("f" * 64)
    assert again.advert_id != advert  # forgetting resets what is advertised
    rotated = again.rotate_advert_id()
    assert BuddyStore(tmp_path, lambda: NOW).advert_id == rotated
    assert BuddyStore(tmp_path, lambda: NOW).buddies() == ()


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe",
        b"[]",
        b'{"advert_id": "", "buddies": []}',
        b'{"advert_id": "abc", "buddies": [{"name": 1}]}',
        b'{"advert_id": "abc", "buddies": [{"name": "x", "fingerprint": "f", "cert_pem": "p",'
        b' "addresses": [3], "paired_at": "t"}]}',
    ],
)
def test_a_corrupt_buddies_file_is_quarantined(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "buddies.json").write_bytes(content)
    store = BuddyStore(tmp_path, lambda: NOW)
    assert store.buddies() == () and store.advert_id
    assert (tmp_path / "buddies.json.corrupt-20261202-093000").read_bytes() == content
    assert "quarantined" in caplog.text
    store.add("Bo", "f" * 64, "PEM", ())
    assert json.loads((tmp_path / "buddies.json").read_text())["buddies"][0]["name"] == "Bo"


def test_the_port_is_remembered(tmp_path: Path) -> None:
    store = BuddyStore(tmp_path, lambda: NOW)
    assert store.saved_port() is None
    store.save_port(47391)
    assert BuddyStore(tmp_path, lambda: NOW).saved_port() == 47391
    (tmp_path / "port").write_text("70000")
    assert store.saved_port() is None


def test_codes() -> None:
    codes = {pairing.new_code() for _ in range(50)}
    assert len(codes) > 45
    assert all(len(c) == 9 and c[4] == "-" and c.replace("-", "").isdigit() for c in codes)
    assert pairing.normalize_code(" 1234 5678 ") == "1234-5678"
    assert pairing.normalize_code("12345678") == "1234-5678"
    assert pairing.normalize_code("1234-567") is None
    assert pairing.normalize_code("abcd-efgh") is None


def test_code_desk_counts_wrong_tries_and_ignores_stale_codes() -> None:
    replaced: list[str | None] = []
    desk = pairing.CodeDesk(replaced.append)
    assert desk.code is None and not desk.check("1234-5678", lambda: True)
    code = desk.show()
    assert not desk.check(code, lambda: False) and desk.tries_left == 2
    assert not desk.check(code, lambda: False) and desk.tries_left == 1
    assert not desk.check(code, lambda: False)
    assert replaced == [desk.code] and desk.code != code and desk.tries_left == 3
    proofs_checked: list[int] = []
    # tries started under the old code are not checked against anything any more
    assert not desk.check(code, lambda: proofs_checked.append(1) or True)
    assert proofs_checked == []
    new = desk.code
    assert new is not None and desk.check(new, lambda: True)
    assert desk.code is None  # used up


def test_code_desk_allows_three_guesses_however_many_race() -> None:
    replaced: list[str | None] = []
    desk = pairing.CodeDesk(replaced.append)
    code = desk.show()
    checked: list[int] = []
    barrier = threading.Barrier(20)

    def guess() -> None:
        barrier.wait()
        desk.check(code, lambda: checked.append(1) is not None)

    threads = [threading.Thread(target=guess) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(checked) == 3 and len(replaced) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("192.168.1.20:47321", ("192.168.1.20", 47321)),
        ("host.local", ("host.local", 47390)),
        ("[::1]:5000", ("::1", 5000)),
        ("[fe80::1]", ("fe80::1", 47390)),
        ("fe80::1", ("fe80::1", 47390)),
    ],
)
def test_addresses(text: str, expected: tuple[str, int]) -> None:
    assert parse_address(text) == expected


@pytest.mark.parametrize(
    "text", ["", "a b:1", "host:0", "host:70000", "host:x", ":5", "[::1", "[::1]x", "[nope]:1"]
)
def test_bad_addresses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_address(text)


def test_shown_names() -> None:
    assert shown_name("  Sam\tLee\n ") == "Sam Lee"
    assert shown_name("x" * 60) == "x" * 40
    assert shown_name("\n\t") == "Massage Break"
