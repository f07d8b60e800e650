"""The document date an input's metadata gives (`meta_date`; ANNOTATION.md section 5: "from the
input's metadata when given"): which keys hold it (words_en `meta_date_keys`: `date`, `published`,
`pubDate`, `datePublished`, ...) and how their values are read — "2024-03-05", "2024-03-05T08:12:00Z",
"Tue, 05 Mar 2024 08:12:00 GMT", "05/03/2024", "2024/03/05", "20/07/2021 | 16:18", "11 April\u060c 2019",
a datetime or date; also a date with a time zone and no clock ("May 18, 2022 GMT", "18 May 2022 UTC",
"Wednesday 18 May 2022 GMT+3", "18 May 2022 +0300"; docs/scope-rule.md, dates20 ruling 2), which
dateutil reads only after a clock. docs/record-format.md, "Where the record `date` comes from"."""
import datetime as dt
import re
from typing import Any, Dict, Optional

from dateutil import parser as du_parser

from .bundled import word_pattern, word_sequence

Date = dt.date

ISO_HEAD = re.compile(r"((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})\b")  # "2024-03-05", "2024/03/05", "2024.03.05"
META_SEPARATORS = re.compile(r"\s*[|\u00b7\u2022]\s*")  # a bar or dot between a metadata date and its clock
# Arabic outlets' English pages: "11 April\u060c 2019" (Arabic comma), Arabic-Indic or Persian digits
ARABIC_FORMS = str.maketrans({"\u060c": ",", "\u061b": ";", **{chr(0x0660 + d): str(d) for d in range(10)},
                              **{chr(0x06F0 + d): str(d) for d in range(10)}})
# a zone after the date, no clock: a zone's name with or without an offset ("GMT", "AST", "GMT+3",
# "UTC+03:00"; words_en `meta_time_zones`), or an offset alone after a space ("+0300"); in brackets or not
ZONE_TAIL = re.compile(r"(?:\s+\(?|\s*\()(?:" + word_pattern("meta_time_zones") + r"(?:\s*[+\-\u2212]\d{1,2}(?::?\d\d)?)?"
                       r"|[+\-\u2212]\d{2}:?\d\d)\)?\s*$")
# what is left must still state a day and a year ("18 May 2022", "2022-05-18"; not "May 2022", "2022")
ZONED_DAY = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)(?=.*?(?<![\d.])\d{1,2}(?![\d]))|(?<![\d.])\d{1,2}(?!\d).*?(?<!\d)(?:19|20)\d{2}(?!\d)")


def parse_date_value(value: Any, dayfirst: bool = True) -> Optional[Date]:
    """A metadata value as a date, or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        return None
    if value.lstrip().startswith(("-", "\u2212", "+")):  # "-0001-01-01": a signed (expanded) year is no calendar date
        return None
    value = META_SEPARATORS.sub(" ", value.translate(ARABIC_FORMS)).strip()  # "20/07/2021 | 16:18": a clock after a bar (dates14 round)
    found = _parsed(value, dayfirst)
    if found is not None:
        return found
    zone = ZONE_TAIL.search(value)  # "May 18, 2022 GMT": dateutil takes a zone only after a clock (dates20 round)
    rest = value[:zone.start()] if zone is not None else ""
    return _parsed(rest, dayfirst) if ZONED_DAY.search(rest) and not ZONE_TAIL.search(rest) else None


def _parsed(value: str, dayfirst: bool) -> Optional[Date]:
    """`value` read as ISO, as a year-first date with anything after it, or by dateutil; None if none reads it."""
    try:
        return du_parser.isoparse(value).date()
    except (ValueError, OverflowError):
        pass
    head = ISO_HEAD.match(value)  # "2024-03-05 08:12 GMT": year first, whatever `dayfirst` says
    if head is not None:
        try:
            return dt.date(int(head.group(1)), int(head.group(3)), int(head.group(4)))
        except ValueError:
            return None
    try:
        return du_parser.parse(value, dayfirst=dayfirst).date()
    except (ValueError, OverflowError, TypeError):
        return None


def meta_date(meta: Optional[Dict[str, Any]], date_key: Optional[str] = None, dayfirst: bool = True
              ) -> Optional[str]:
    """The document date (ISO) an input's metadata gives: `date_key` first (exactly as named),
    then the usual publication-date keys (words_en `meta_date_keys`, in their order), matched
    without case, spaces, "_" or "-" ("pubDate", "published_at", "datePublished")."""
    if not meta:
        return None
    by_key = {meta_key_form(k): k for k in reversed(list(meta)) if isinstance(k, str)}
    keys = ([date_key] if date_key and date_key in meta else []) + \
        [by_key[k] for k in (meta_key_form(w) for w in word_sequence("meta_date_keys")) if k in by_key]
    for key in keys:
        found = parse_date_value(meta[key], dayfirst)
        if found is not None:
            return found.isoformat()
    return None


def meta_key_form(key: str) -> str:
    """A metadata key without case, spaces, "_" or "-": "pubDate", "pub_date" -> "pubdate"."""
    return re.sub(r"[\s_\-]+", "", key).lower()
