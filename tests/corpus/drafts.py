"""Draft resolutions and decisions of the corpus (filled on another branch)."""
from __future__ import annotations

from . import Resolution

DRAFTS: list[Resolution] = []
