"""The Akoma Ntoso 3.0 XSD, importable as ``converter.schemas`` (see README.md here)."""
