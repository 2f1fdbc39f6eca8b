"""Shared writing: inline text, eIds, FRBR identity, metadata, boxes and annexes as XML."""
