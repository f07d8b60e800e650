"""A statement's sign-off date: the document date an official text gives only at its foot.

Ministries, operations commands and counter-terrorism services often put no date at the top of
a statement; they sign it off with the issuer and the day ("Ministry of Defence\\n1 September
2024", "Media Office\\nBaghdad, 3 January 2021", "Issued on 14/2/2022"). When neither the input's
metadata nor a dateline at the top dates the document, such a line among the page's last lines
does (docs/record-format.md, "Where the record `date` comes from"). The line must hold the date
and nothing else but a city or a dateline cue ("Date:", "Issued"): a sentence that ends on a date
("... were killed on 3 March 2019.") dates an incident, not the page; and a date below a block of
links to other stories ("Read also: ...") is another story's.
"""
import datetime as dt
import re
from functools import lru_cache
from typing import Optional, Tuple

from ..datetext import DateGrammar
from ..resources import word_list, word_pattern

CLOSING_LINES = 3  # the sign-off is on one of the page's last non-empty lines
TAIL_CHARS = 600  # ... which lie in its last characters
LINKS_ABOVE = 8  # a link block's header this many lines above the foot makes the foot a link list's
# before the date on a sign-off line: nothing, a city ("Baghdad, "), a dateline cue ("Issued on", "Date:")
SIGN_OFF_BEFORE = re.compile(r"\s*(?:[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2},\s*|(?i:"
                             + word_pattern("dateline_cues") + r")(?:\s+on)?\s*:?\s*)?")
SIGN_OFF_AFTER = re.compile(r"\s*[.]?\s*")
DIGIT = re.compile(r"\d")  # the same digits as the date patterns' \d


def closing_date(grammar: DateGrammar, page: str) -> Optional[dt.date]:
    """The day a sign-off line at the foot of `page` gives, or None (see the module's docstring)."""
    lines = [line.strip() for line in page[-TAIL_CHARS:].splitlines() if line.strip()]
    if any(_opens_links(line) for line in lines[-LINKS_ABOVE:]):
        return None
    for line in reversed(lines[-CLOSING_LINES:]):
        found = _sign_off(grammar, line)
        if found is not None:
            return found
    return None


def _sign_off(grammar: DateGrammar, line: str) -> Optional[dt.date]:
    """The day of a line that is a date and nothing else but a city or a dateline cue before it."""
    if DIGIT.search(line) is None:  # every explicit date holds a digit (`datetext._explicit_pattern`)
        return None
    for m in grammar.explicit.finditer(line):
        if not (SIGN_OFF_BEFORE.fullmatch(line[:m.start()]) and SIGN_OFF_AFTER.fullmatch(line[m.end():])):
            continue
        when = grammar.read_explicit(m, None, None)
        if when is not None and when[2] == "day":
            return when[0]
    return None


def _opens_links(line: str) -> bool:
    return line.lower().startswith(_link_headers())


@lru_cache(maxsize=None)
def _link_headers() -> Tuple[str, ...]:
    """The link block headers, read once: `str.startswith` takes them all at once."""
    return tuple(sorted(word_list("link_headers"), key=len, reverse=True))
