"""Reference: the bare PySide6 tray app (icon, menu, tooltip, nothing else).

With --scheduler it becomes the "floor": the same plus a started APScheduler QtScheduler
with one far-away job, the stack the app is required to carry.

With --buddy-modules it also imports what the break buddy brings (asyncio, ssl, zeroconf,
spake2, cryptography's X.509 and key code): the cost of the feature's code alone. With
--buddy-started it also uses them the way a running buddy service does, on loopback only: a
self-signed certificate made, a TLS server context, a listening socket, and an mDNS advert.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    pix = QPixmap(22, 22)
    pix.fill(QColor("#2b8ab8"))
    tray = QSystemTrayIcon(QIcon(pix))
    menu = QMenu()
    menu.addAction("Quit").triggered.connect(app.quit)
    tray.setContextMenu(menu)
    tray.setToolTip("bare tray")
    tray.show()
    if "--scheduler" in sys.argv:
        from datetime import UTC, datetime, timedelta

        from apscheduler.schedulers.qt import QtScheduler

        sched = QtScheduler()
        sched.add_job(lambda: None, "date", run_date=datetime.now(UTC) + timedelta(minutes=20))
        sched.start()
    if "--buddy-modules" in sys.argv or "--buddy-started" in sys.argv:
        kept = _buddy(started="--buddy-started" in sys.argv)
        tray.setToolTip(f"bare tray with {len(kept)} buddy parts")
    return app.exec()


def _buddy(started: bool) -> list[object]:
    """The break buddy's modules, and when `started` their everyday use (loopback only)."""
    import asyncio
    import socket
    import ssl
    import tempfile
    from datetime import UTC, datetime, timedelta
    from pathlib import Path

    import spake2
    import zeroconf
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    kept: list[object] = [asyncio, spake2, zeroconf]
    if not started:
        return kept
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "bench")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    folder = Path(tempfile.mkdtemp(prefix="bench-buddy-"))
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    zc = zeroconf.Zeroconf(interfaces=["127.0.0.1"], ip_version=zeroconf.IPVersion.V4Only)
    info = zeroconf.ServiceInfo(
        "_massage-break._tcp.local.",
        "bench._massage-break._tcp.local.",
        port=port,
        server="mb-bench.local.",
        parsed_addresses=["127.0.0.1"],
    )
    zc.register_service(info)
    browser = zeroconf.ServiceBrowser(zc, "_massage-break._tcp.local.", handlers=[_ignore])
    spake2.SPAKE2_A(b"0000-0000").start()
    kept += [context, listener, zc, browser]
    return kept


def _ignore(**_: object) -> None:
    """A browser needs a handler; the benchmark only pays for browsing."""


if __name__ == "__main__":
    raise SystemExit(main())
