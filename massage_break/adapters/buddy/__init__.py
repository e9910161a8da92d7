"""Break buddy's network side: identity, paired buddies, pairing by code, TLS links.

Imported only while the feature is on (the app imports `service` lazily), so none of
ssl, asyncio, cryptography or spake2 is loaded otherwise.
"""
