"""Whatever slice of a UN text arrives, with whatever junk, the converter answers with a
tree or with one of its own errors, never with a crash."""
from conftest import SAMPLE
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import converter

TEXT = SAMPLE.read_text(encoding="utf-8")
LINES = TEXT.split("\n")


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)), st.text(max_size=30),
       st.integers(0, len(TEXT)))
@example(a=0, b=1791, junk="[", at=1791)       # a bracket right after a URL's host
def test_any_slice_with_junk(a, b, junk, at):
    text = TEXT[min(a, b):max(a, b)]
    try:
        converter.convert(text[:at] + junk + text[at:], date="2022-01-01")
    except converter.ConversionError as error:
        assert str(error) and "\n" not in str(error)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.booleans(), min_size=len(LINES), max_size=len(LINES)))
def test_any_lines_dropped(keep):
    try:
        converter.convert("\n".join(l for l, k in zip(LINES, keep) if k), date="2022-01-01")
    except converter.ConversionError as error:
        assert str(error) and "\n" not in str(error)
