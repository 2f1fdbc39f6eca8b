"""Text rules per writing system and repairs: right-to-left, CJK, cleaning, font checks."""
