"""A past attack told of people a force arrested, tried or wants is their group's (docs/actor-rule.md
decision 26): "one of them had taken part in an attack on a checkpoint that killed 4 policemen", "accused
of involvement in a bombing that wounded 4 Peshmerga", "confessed to participating in the killing of 5
soldiers", "a cell behind a car bombing that killed 14" → the group the text names for them, when the
party to the attack is no name (an anaphor, "a man", "the accused")."""
from typing import Any, Dict, List, Optional

from ..resources import word_list

PARTICIPATION = word_list("participation_words")
DEED_OPENERS = word_list("past_deed_openers")
DEED_MARKS = word_list("past_deed_marks")
ATTACK_EVENTS = word_list("attack_events") | word_list("attack_words") | word_list("past_deed_nouns")
CLAUSE_BREAKS = frozenset((",", ";", ":"))
DEED_REACH = 16  # words from the attack noun to the count ("an attack on an army checkpoint in 2019 that killed 3")
NOUN_REACH = 3  # modifiers between the opener and the attack noun ("behind a car bombing")

Entity = Dict[str, Any]


def past_deed_group(site: Any, action: str, actor: Optional[Entity], source: str) -> Optional[Entity]:
    """The group whose people took part in the attack the count's clause tells, or None."""
    if action not in ("kill", "injure") or source == "by_agent" or actor is not None and (
            actor["label"] == "ARMED_GROUP" or source != "context"):
        return None
    item, ctx = site.item, site.ctx
    if item is not None and site.lex.noun_class(site.head) == "hostile" \
            and ctx.actor_in_span(item["token_start"], item["token_end"]) is None:
        return None  # the attackers' own dead are no deed of theirs
    words, s = site.words, site.c["token_start"]
    lo = max(site.sent[0], s - DEED_REACH)
    for k in range(s - 1, lo, -1):
        if words[k] in CLAUSE_BREAKS:
            return None  # "... were involved in the attack, a source said, and seven were killed"
        if words[k] in ATTACK_EVENTS and _party_opener(site, k):
            return site.ctx.enemy_mention(s)
    return None


def _party_opener(site: Any, k: int) -> bool:
    """A word that makes its subject a party to the attack noun at `k` comes before it, with at most a
    few articles or modifiers between: "taken part in / involvement in / role in an attack", "behind a
    car bombing", "for the attack"."""
    words, lo = site.words, site.sent[0]
    for j in range(k - 1, max(lo, k - 1 - NOUN_REACH), -1):
        if words[j] in DEED_MARKS:
            return True
        if words[j] == "in":
            return words[j - 1] in PARTICIPATION or words[j - 1] in DEED_OPENERS
        if not site.ctx.tv.is_alpha(j) or site.ctx.verb_like(j):
            return False
    return False


__all__: List[str] = ["past_deed_group"]
