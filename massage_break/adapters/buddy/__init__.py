"""Break buddy: pairing, TLS links and discovery (imported only while the feature is on)."""
