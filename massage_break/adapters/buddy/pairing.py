"""Pairing by code: SPAKE2 under the code, bound to the TLS certificates, then pinning.

The client opens TLS without verifying the server (it has nothing to verify against yet)
and without a certificate of its own. Both sides run SPAKE2 with the code as password and
confirm with an HMAC over a transcript that holds the server certificate's fingerprint as
each side sees it and the client's certificate fingerprint. Someone who re-terminates the TLS
connection shows the client another server certificate, so the confirmations differ and the
pairing fails. Only after both confirmations do the sides exchange names and certificates,
and each checks the certificate against the fingerprint in the transcript.

Wire: one small JSON object per line inside the TLS connection:
  client: {"op": "pair", "spake": hex, "fp": client fingerprint}
  server: {"spake": hex}                 or {"error": "no_code"}
  client: {"confirm": hex}
  server: {"confirm": hex, "name": ..., "cert": PEM}   or {"error": "wrong_code"}
  client: {"name": ..., "cert": PEM, "port": listening port}
  server: {"ok": true}
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
import secrets
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass

from massage_break.adapters.buddy.identity import Identity, fingerprint_pem

log = logging.getLogger(__name__)

TRIES = 3
MAX_PAIR_LINE = 8192
_ID_CLIENT = b"massage-break pairing client"
_ID_SERVER = b"massage-break pairing server"
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")


class PairError(Exception):
    """Pairing failed; `error` is one of core.buddy.PAIR_ERRORS."""

    def __init__(self, error: str) -> None:
        super().__init__(error)
        self.error = error


@dataclass(frozen=True)
class Peer:
    """The other side of a successful pairing."""

    name: str
    fingerprint: str
    cert_pem: str
    address: str  # where to reach it ("" when unknown)


def new_code() -> str:
    digits = f"{secrets.randbelow(10**8):08d}"
    return f"{digits[:4]}-{digits[4:]}"


def normalize_code(text: str) -> str | None:
    """ "1234-5678", "1234 5678" or "12345678" -> "1234-5678"; anything else: None."""
    digits = re.sub(r"[\s-]", "", text)
    if not re.fullmatch(r"[0-9]{8}", digits):
        return None
    return f"{digits[:4]}-{digits[4:]}"


def valid_name(value: object) -> bool:
    return isinstance(value, str) and 1 <= len(value) <= 40 and value.isprintable()


class CodeDesk:
    """The code shown on this computer, and its wrong tries. Thread-safe."""

    def __init__(self, replaced: Callable[[str | None], None]) -> None:
        self._replaced = replaced  # called (on the network thread) with a new code, or None
        self._lock = threading.Lock()
        self._code: str | None = None
        self._failures = 0

    @property
    def code(self) -> str | None:
        with self._lock:
            return self._code

    @property
    def tries_left(self) -> int:
        with self._lock:
            return TRIES - self._failures

    def show(self) -> str:
        with self._lock:
            self._code = new_code()
            self._failures = 0
            return self._code

    def hide(self) -> None:
        with self._lock:
            self._code = None
            self._failures = 0

    def check(self, code: str, proof_ok: Callable[[], bool]) -> bool:
        """Is `code` still the one shown and does the client's proof hold? A wrong proof
        counts as a wrong try; the third replaces the code."""
        new: str | None = None
        with self._lock:
            if code != self._code:
                return False  # replaced or hidden meanwhile: no guess at the new code
            if proof_ok():
                self._code = None  # paired: the code is used up
                self._failures = 0
                return True
            self._failures += 1
            if self._failures >= TRIES:
                self._code = new = new_code()
                self._failures = 0
        if new is not None:
            log.info("three wrong pairing codes: a new code is shown")
            self._replaced(new)
        return False


def _transcript(server_fp: str, client_fp: str, msg_a: bytes, msg_b: bytes) -> bytes:
    parts = [
        b"massage-break pairing v1",
        server_fp.encode("ascii"),
        client_fp.encode("ascii"),
        hashlib.sha256(msg_a).digest(),
        hashlib.sha256(msg_b).digest(),
    ]
    return b"\0".join(parts)


def _proof(key: bytes, side: bytes, transcript: bytes) -> str:
    return hmac.new(key, side + b"\0" + transcript, hashlib.sha256).hexdigest()


async def _send(writer: asyncio.StreamWriter, obj: dict[str, object]) -> None:
    writer.write(json.dumps(obj).encode("utf-8") + b"\n")
    await writer.drain()


async def _receive(reader: asyncio.StreamReader) -> dict[str, object]:
    try:
        line = await reader.readuntil(b"\n")
    except asyncio.IncompleteReadError as exc:
        raise PairError("refused") from exc
    except asyncio.LimitOverrunError as exc:
        raise PairError("refused") from exc
    if len(line) > MAX_PAIR_LINE:  # every honest line is far shorter
        raise PairError("refused")
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PairError("refused") from exc
    if not isinstance(data, dict):
        raise PairError("refused")
    return data


def _hex(data: dict[str, object], key: str) -> bytes:
    value = data.get(key)
    if not isinstance(value, str):
        raise PairError("refused")
    try:
        return bytes.fromhex(value)
    except ValueError as exc:
        raise PairError("refused") from exc


def _certificate(data: dict[str, object], fingerprint: str) -> tuple[str, str]:
    """Name and certificate PEM from `data`, the certificate matching `fingerprint`."""
    name, cert = data.get("name"), data.get("cert")
    if not valid_name(name) or not isinstance(cert, str):
        raise PairError("refused")
    assert isinstance(name, str)
    try:
        if fingerprint_pem(cert) != fingerprint:
            raise PairError("refused")
    except ValueError as exc:
        raise PairError("refused") from exc
    return name, cert


def client_context() -> ssl.SSLContext:
    """TLS for pairing: encrypted, the server not yet verified (the SPAKE2 confirmation over
    its fingerprint does that), no client certificate."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def peer_fingerprint(writer: asyncio.StreamWriter) -> str | None:
    from massage_break.adapters.buddy.identity import fingerprint_der

    ssl_object = writer.get_extra_info("ssl_object")
    der = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else None
    return fingerprint_der(der) if der else None


async def request(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    code: str,
    me: Identity,
    name: str,
    port: int,
) -> Peer:
    """The client side, on a TLS connection made with `client_context()`."""
    from spake2 import SPAKE2_A

    server_fp = peer_fingerprint(writer)
    if server_fp is None:
        raise PairError("refused")
    spake = SPAKE2_A(code.encode("ascii"), idA=_ID_CLIENT, idB=_ID_SERVER)
    msg_a = spake.start()
    await _send(writer, {"op": "pair", "spake": msg_a.hex(), "fp": me.fingerprint})
    answer = await _receive(reader)
    if "error" in answer:
        raise PairError("no_code" if answer["error"] == "no_code" else "refused")
    msg_b = _hex(answer, "spake")
    try:
        key = spake.finish(msg_b)
    except Exception as exc:  # spake2 raises assorted errors on a malformed element
        raise PairError("refused") from exc
    transcript = _transcript(server_fp, me.fingerprint, msg_a, msg_b)
    await _send(writer, {"confirm": _proof(key, b"client", transcript)})
    answer = await _receive(reader)
    if "error" in answer:
        raise PairError("wrong_code" if answer["error"] == "wrong_code" else "refused")
    if not hmac.compare_digest(_hex(answer, "confirm").hex(), _proof(key, b"server", transcript)):
        raise PairError("refused")
    peer_name, peer_cert = _certificate(answer, server_fp)
    await _send(writer, {"name": name, "cert": me.cert_pem, "port": port})
    if (await _receive(reader)).get("ok") is not True:
        raise PairError("refused")
    return Peer(peer_name, server_fp, peer_cert, "")


async def serve(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    desk: CodeDesk,
    me: Identity,
    name: str,
) -> Peer:
    """The server side, on a TLS connection whose client showed no certificate."""
    from spake2 import SPAKE2_B

    hello = await _receive(reader)
    client_fp = hello.get("fp")
    if hello.get("op") != "pair" or not isinstance(client_fp, str):
        raise PairError("refused")
    if not _FINGERPRINT.fullmatch(client_fp) or client_fp == me.fingerprint:
        raise PairError("refused")
    msg_a = _hex(hello, "spake")
    code = desk.code
    if code is None:
        await _send(writer, {"error": "no_code"})
        raise PairError("no_code")
    spake = SPAKE2_B(code.encode("ascii"), idA=_ID_CLIENT, idB=_ID_SERVER)
    msg_b = spake.start()
    try:
        key = spake.finish(msg_a)
    except Exception as exc:  # a malformed element from the client
        raise PairError("refused") from exc
    await _send(writer, {"spake": msg_b.hex()})
    transcript = _transcript(me.fingerprint, client_fp, msg_a, msg_b)
    proof = _hex(await _receive(reader), "confirm").hex()
    expected = _proof(key, b"client", transcript)
    if not desk.check(code, lambda: hmac.compare_digest(proof, expected)):
        await _send(writer, {"error": "wrong_code"})
        raise PairError("wrong_code")
    await _send(
        writer,
        {"confirm": _proof(key, b"server", transcript), "name": name, "cert": me.cert_pem},
    )
    answer = await _receive(reader)
    peer_name, peer_cert = _certificate(answer, client_fp)
    port = answer.get("port")
    address = ""
    if type(port) is int and 0 < port < 65536:
        host = writer.get_extra_info("peername")[0]
        address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    await _send(writer, {"ok": True})
    return Peer(peer_name, client_fp, peer_cert, address)
