"""This computer's key and self-signed certificate: who it is to its buddies."""

from __future__ import annotations

import hashlib
import logging
import os
import ssl
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from massage_break.adapters.atomic import write_atomic

log = logging.getLogger(__name__)

KEY_FILE = "key.pem"
CERT_FILE = "cert.pem"
#: a pairing lasts as long as the certificate; nobody should have to pair again
VALIDITY = timedelta(days=365 * 30)


def fingerprint_der(der: bytes) -> str:
    """SHA-256 of a certificate in DER form, lower-case hex."""
    return hashlib.sha256(der).hexdigest()


def fingerprint_pem(pem: str) -> str:
    return fingerprint_der(ssl.PEM_cert_to_DER_cert(pem))


@dataclass(frozen=True)
class Identity:
    key_file: Path
    cert_file: Path
    cert_pem: str
    fingerprint: str


def ensure_folder(folder: Path) -> None:
    """The buddy folder is private to the user (it holds the key)."""
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)


def load_or_create(folder: Path, now: datetime) -> Identity:
    """Read the key and certificate from `folder`, making them the first time (or when either
    is missing or unreadable: the buddies then have to pair again)."""
    ensure_folder(folder)
    key_file, cert_file = folder / KEY_FILE, folder / CERT_FILE
    try:
        cert_pem = cert_file.read_text("ascii")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_file, key_file)  # also checks that key and cert match
        return Identity(key_file, cert_file, cert_pem, fingerprint_pem(cert_pem))
    except FileNotFoundError:
        pass
    except (OSError, ValueError, ssl.SSLError) as exc:
        log.warning("buddy identity unreadable, making a new one: %s", exc)
    return _create(key_file, cert_file, now)


def _create(key_file: Path, cert_file: Path, now: datetime) -> Identity:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Massage Break buddy")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM)
    write_atomic(key_file, key_pem)  # inside the 0700 folder, so never readable by others
    os.chmod(key_file, 0o600)
    write_atomic(cert_file, cert_pem)
    text = cert_pem.decode("ascii")
    log.info("buddy identity created")
    return Identity(key_file, cert_file, text, fingerprint_pem(text))
