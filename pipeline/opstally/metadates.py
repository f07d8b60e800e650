"""The document date an input's metadata gives (`meta_date`): which keys hold it and how their
values are read ("2024-03-05T08:12:00Z", "Tue, 05 Mar 2024 08:12:00 GMT", "05/03/2024",
"20/07/2021 | 16:18", "11 April\u060c 2019"); docs/record-format.md, "Where the record `date` comes from"."""
import datetime as dt
import re
from typing import Any, Dict, Optional

from dateutil import parser as du_parser

from .bundled import word_sequence

Date = dt.date

ISO_HEAD = re.compile(r"((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})\b")  # "2024-03-05", "2024/03/05", "2024.03.05"
META_SEPARATORS = re.compile(r"\s*[|\u00b7\u2022]\s*")  # a bar or dot between a metadata date and its clock
# Arabic outlets' English pages: "11 April\u060c 2019" (Arabic comma), "\u0661\u0661/\u0660\u0664/\u0662\u0660\u0661\u0669" (Arabic-Indic digits)
ARABIC_FORMS = str.maketrans({"\u060c": ",", "\u061b": ";", **{chr(0x0660 + d): str(d) for d in range(10)},
                              **{chr(0x06F0 + d): str(d) for d in range(10)}})


def parse_date_value(value: Any, dayfirst: bool = True) -> Optional[Date]:
    """A metadata value ("2024-03-05", "2024-03-05T08:12:00Z", "Tue, 05 Mar 2024 08:12:00 GMT",
    "05/03/2024", a datetime or date) as a date, or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > 80:
        return None
    if value.lstrip().startswith(("-", "\u2212", "+")):  # "-0001-01-01": a signed (expanded) year is no calendar date
        return None
    value = META_SEPARATORS.sub(" ", value.translate(ARABIC_FORMS)).strip()  # "20/07/2021 | 16:18": a clock after a bar (dates14 round)
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
