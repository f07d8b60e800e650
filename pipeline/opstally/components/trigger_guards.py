"""Helpers of the trigger rules (`triggers.py`): where a verb form after a count's words
governs no count, where the main verb after a relative clause without commas is, the action
verbs coordinated after a passive one or before an active one, the verbs that deploy nobody or
detain ("held"), and `remap`, the item-dependent readings. The triggers a count's frame gives
(a bulletin's label, "among", a colon list): `count_frames.py`.
`s` is a `triggers.Scope`."""
from typing import Any, Callable, Dict, List, Optional, Tuple

from ..lexicon import CLAUSE_BREAKS, FUNCTION_WORDS, Lexicon
from ..resources import word_list
from .phrase_ends import skip_modifiers

AUX = word_list("aux")
PASSIVE_AUX = word_list("passive_aux")
RELATIVE = word_list("relative")
COORDINATORS = word_list("coordinators")
VERB_PARTICLES = word_list("verb_particles")  # "tracked down and detained": "down" is no verb there
NOUN_AFTER = word_list("noun_after")
CURRENCY_OWNERS = word_list("currency_owners")  # "Syrian pounds": a money noun, not the verb "pounds"
PLACE_ONLY_CLEAR = word_list("place_only_clear")
TAKEN_PEOPLE = word_list("taken_people")  # "took 380 prisoners": captured (E19-1)
AREA_UNITS = word_list("area_units")
IRREGULAR_PARTICIPLES = word_list("irregular_participles")
PARTICIPLE_ENDINGS = tuple(sorted(word_list("participle_endings")))  # for str.endswith
OBJECT_DETERMINERS = word_list("object_determiners")
BODY_NOUNS = word_list("body_nouns")  # "recovered 6 bodies": no haul
RELEASE_REACH = 16  # words of a captivity relative and its main verb ("who had been held against their will by …")
NEUTRALIZE_FORMS = word_list("neutralize_forms")
OBJECT_DEPLOY = word_list("object_deploy_verbs")  # "sent": deploys its object, never its subject
ATTACK_WORDS = word_list("attack_words")
HOLD_FORMS = word_list("hold_capture_forms")  # "23 suspects held in weekend sweep"
HOLD_OTHER_SENSE = word_list("hold_not_capture_after")
HOLD_CLASSES = word_list("hold_capture_classes")
CUSTODY_NOUNS = word_list("custody_nouns")  # "3,500 inmates were held in the prison": no arrest
FALL_FORMS = word_list("fall_forms")  # "4 soldiers fell": people only
RELEASE_FORMS = word_list("release_forms")  # "released 12 suspects": a captor lets its own detainees go
RELEASED_HELD = word_list("released_held")  # "detainees", "prisoners": held by a state, not hostages
AGENT_MARKS = word_list("agent_marks")
SUBJECT_ONLY = FALL_FORMS | word_list("subject_only_verbs")  # "3 died": never "died 3 …"
UNCOUNTED_ARTICLES = word_list("articles")  # "and a shepherd dead": an uncounted member opens so (E22-1)
UNCOUNTED_COMPLEMENTS = word_list("uncounted_member_complements")
RECAPTURE_FORMS = word_list("recapture_forms")  # "recaptured 14 escaped inmates": arrested again (E16-5)
PICK_UP_FORMS = word_list("pick_up_forms")  # "picked up 6 suspects", not "picked up 40 families"
ORDNANCE_VERBS = word_list("ordnance_verbs")  # "intercepted 2 drones", "lifted 40 mines": destroy ordnance only
ORDNANCE_NOUNS = word_list("ordnance_nouns")
ORDNANCE_MODIFIERS = word_list("ordnance_modifiers")  # "6 booby-trapped houses" are ordnance too
SEIZE_FORMS = word_list("seize_forms")  # "seized 5 gunmen": capture (E19-7)
PAPER_NOUNS = word_list("paper_nouns")  # "sent 3 summonses": no deployment (E19-4)
HURT_MODIFIERS = word_list("hurt_modifiers")  # "rushed 6 injured people to hospital": hurt, not deployed (E23-1)
HAUL_UNITS = word_list("haul_units")  # "netted 5 kilograms of hashish": a haul, never people
FINDING_FORMS = word_list("finding_forms")  # "detected", "located": people found are no haul (E21-1)
PEOPLE_CLASSES = word_list("people_classes")  # hostile, own, civilian


def count_end(c: Dict[str, Any]) -> int:
    """One past the count's last word: its item's end when it has one."""
    return c["item"]["token_end"] if c.get("item") else c["token_end"]


def participle_form(word: str) -> bool:
    """A past participle by its form: a regular ending (`participle_endings`) or an irregular one ("held")."""
    return word.endswith(PARTICIPLE_ENDINGS) or word in IRREGULAR_PARTICIPLES


def noun_or_means(s: Any, k: int, cs: int) -> bool:
    """The verb form at `k` governs no count after it: an -s form after a preposition is a noun
    ("rigged as bombs"; but "the number of strikes … stands at 1,400" keeps the action noun), an -ing
    form after one and before "and" or a comma a means ("four by shelling and two by sniper fire"), a
    money noun after a country word ("Syrian pounds")."""
    words = s.words
    if k > 0 and words[k - 1] in CURRENCY_OWNERS and words[k] in s.lex.nouns.get("money", ()):
        return True  # "seized 500,000 Syrian pounds and two rifles"
    if k == 0 or words[k - 1] not in NOUN_AFTER:
        return False
    if words[k].endswith("ing"):
        return k + 1 < cs and (words[k + 1] in COORDINATORS or words[k + 1] == ",")
    return words[k].endswith("s") and not (words[k - 1] == "of" and words[k] in s.lex.count_noun)  # "number of strikes"


def after_relative(s: Any, k: int, reach: int = 12) -> Optional[int]:
    """The passive auxiliary of the main verb after a relative clause without commas
    ("7 fighters who had fled to the desert were killed"), else None."""
    words, end = s.words, s.sent[1]
    for j in range(k + 2, min(k + reach, end)):
        if words[j] in (",", ";", ":") or words[j] in CLAUSE_BREAKS or words[j] in RELATIVE or j in s.cover:
            return None
        if words[j] in PASSIVE_AUX and words[j - 1] not in AUX and words[j - 1] not in COORDINATORS:
            return j
    return None


def released_after(s: Any, c: Dict[str, Any], me: int, k: int, found: List[Tuple[str, int, str]],
                   verb_group: Callable[..., Optional[List[Tuple[str, int, str]]]]) -> List[Tuple[str, int, str]]:
    """A capture in the relative clause at `k` tells the captivity its main verb ends: "2 women who had
    been held against their will by the group's followers were freed" -> rescue, not capture."""
    j = after_relative(s, k, RELEASE_REACH) if found[0][0] == "capture" else None
    main = verb_group(s, c, me, j, j) if j is not None else None
    return main if main and main[0][0] in ("rescue", "clear") else found  # "freed": clear of an area, rescue of people


def coordinated_after(s: Any, k: int, c: Dict[str, Any]) -> List[Tuple[str, int, str]]:
    """A second verb coordinated with a passive one: "were found and (later) demolished"."""
    words, end = s.words, s.sent[1]
    if k >= end or words[k] not in COORDINATORS:
        return []
    j = k + 1
    while j < end and j < k + 3 and (words[j] in AUX or words[j].endswith("ly")):
        j += 1
    va = s.lex.verb_action(words[j:j + 5]) if j < end and words[j] in s.lex.action_forms else None
    participle = participle_form(words[j]) if j < end else False
    return [(va[0], j, "passive")] if va is not None and participle and not takes_no_place(s, c, words[j], va) else []


def takes_no_place(s: Any, c: Dict[str, Any], word: str, va: Tuple[str, int]) -> bool:
    """A plain "take" clears only places or an area ("took 9 districts", "40 km2 were taken"):
    with anything else it is no action ("took 20 hostages", "take on a bigger role"); its
    phrases keep their own actions ("took 4 suspects into custody", "taken control of")."""
    if va[0] != "clear" or va[1] != 1 or word not in PLACE_ONLY_CLEAR:
        return False
    item = c.get("item")
    if item is not None and item["head"] in TAKEN_PEOPLE:
        return False  # "took 380 prisoners": `remap` reads it as capture
    return not (c.get("unit") in AREA_UNITS or (item is not None and s.lex.noun_class(item["head"]) == "place"))


def deploys_nobody(s: Any, k: int, span: int, action: str) -> bool:
    """A deploy verb after its count that deploys no one: a verb that deploys only its object
    ("one suspect had sent money"), or a record of taking part in attacks ("4 of whom had taken
    part in attacks", "men who participated in bombings"; "took part in the assault" stays deploy)."""
    if action != "deploy":
        return False
    words, end = s.words, s.sent[1]
    if words[k] in OBJECT_DEPLOY:
        return True
    j = k + span
    return j + 1 < end and words[j] == "in" and words[j + 1] in ATTACK_WORDS


def held_capture(s: Any, c: Dict[str, Any], k: int) -> bool:
    """"held" right after counted people (a headline's participle or a passive) detains them:
    "23 suspects held in weekend sweep", "4 men were held", a bare count's "9 held,"; not "held hostage", "held by ISIS",
    "held as human shields", nor inmates held in a prison, nor soldiers, places or things held."""
    words, end = s.words, s.sent[1]
    if words[k] not in HOLD_FORMS or (k + 1 < end and words[k + 1] in HOLD_OTHER_SENSE):
        return False
    item = c.get("item")
    if item is None:
        return not c.get("unit") and k == c["token_end"]  # a headline's "63 held in crackdown" (E17-4)
    return item["head"] not in CUSTODY_NOUNS and (s.lex.noun_class(item["head"]) or "unknown") in HOLD_CLASSES


def and_nouns(words: List[str], a: int, b: int) -> bool:
    """Only coordinated nouns between a counted noun and its verb: "38 hideouts [and caves] destroyed",
    a headline's "Two SDF fighters[, civilian] killed"."""
    return b > a + 1 and (words[a] in COORDINATORS or words[a] == ",") and \
        all(w.isalpha() and (w not in FUNCTION_WORDS or w in COORDINATORS) for w in words[a + 1:b])


def coordinated_before(s: Any, k: int, lo: int) -> List[Tuple[str, int, str]]:
    """Verbs coordinated before the trigger: "killed or wounded 15 militants"."""
    words, out = s.words, []
    j = k - 1
    while j - 1 >= lo and (words[j] in COORDINATORS or words[j] == ",") and (j - 1) not in s.cover and \
            s.lex.verb_action(words[j - 1:j + 4]) and not other_particle(s, j - 1, lo) and \
            not (words[j - 1] in s.lex.count_noun and not participle_form(words[j - 1])) and \
            not _plural_before_past(words, j - 1, k):
        # not "roadside (bombs)", nor "supported by Coalition air strikes, killed 11" (E16-7)
        out.append((s.lex.verb_action(words[j - 1:j + 4])[0], j - 1, "active"))
        j -= 2
    return out


def _plural_before_past(words: List[str], j: int, k: int) -> bool:
    """An -s form at `j` coordinated before the past verb at `k` is a noun, not a present verb: "seized 4
    trucks carrying mortar shells and arrested 2 drivers" (no strike of the drivers, E22-15)."""
    return words[j].endswith("s") and not participle_form(words[j]) and participle_form(words[k])


def other_particle(s: Any, k: int, lo: int) -> bool:
    """The word at `k` is the particle of a verb that is no action: "tracked down (and detained)",
    "hunted down", not "shot down"."""
    words = s.words
    return words[k] in VERB_PARTICLES and k - 1 >= lo and words[k - 1] not in s.lex.action_forms and \
        participle_form(words[k - 1])


def no_object_verb(s: Any, c: Dict[str, Any], k: int, lo: int, va: Tuple[str, int]) -> bool:
    """The action verb at `k`, before the count, does not take it as its object: a plain "take" of no
    place, a verb whose subject is what the action was done to ("fell", "died", "perished": "hopes
    perished after 2 rounds of talks"), a particle of a verb that is no action ("tracked down 6 suspects"),
    a passive whose by-agent the count is ("has been targeted by more than 20 attacks")."""
    w, cs = s.words[k], c["token_start"]
    by_agent = cs - 1 > k and s.words[cs - 1] in AGENT_MARKS and s.words[k - 1] in PASSIVE_AUX  # "targeted by 20 attacks"
    return takes_no_place(s, c, w, va) or w in SUBJECT_ONLY or other_particle(s, k, lo) or by_agent


def own_other_verb(s: Any, k: int, cs: int) -> bool:
    """The verb at `k`, coordinated right before the count, is the count's own verb and no action:
    "killed 3 policemen and kidnapped 2 others" (no death for the 2), not "killed 3 and wounded 2",
    nor "detained and questioned 25 men" (one object of two verbs)."""
    words = s.words
    return k == cs - 1 and k - 2 >= s.sent[0] and words[k - 1] in COORDINATORS and words[k].isalpha() and \
        words[k] not in s.lex.action_forms and words[k] not in FUNCTION_WORDS and participle_form(words[k]) and \
        words[k - 2] not in s.lex.action_forms and words[k - 2] not in VERB_PARTICLES  # "rounded up and questioned"


def object_relative(s: Any, k: int) -> Optional[List[Tuple[str, int, str]]]:
    """An object relative after the counted phrase: "3 goggles, which the force confiscated" (the
    relative pronoun at `k`, a short subject, then the action verb: "which the squad (later / had)
    detonated"); None when there is none."""
    words, end = s.words, s.sent[1]
    j = k + 1
    while j < end and j < k + 7 and (j in s.ent_at or words[j] in OBJECT_DETERMINERS or (
            words[j].isalpha() and words[j] not in FUNCTION_WORDS and words[j] not in s.lex.action_forms
            and (words[j] not in AUX or j > k + 1)) or (
            words[j - 1] in OBJECT_DETERMINERS and j + 1 < end and words[j + 1].isalpha())):  # "the bomb squad"
        j += 1
    if j == k + 1 or j >= end or words[j] not in s.lex.action_forms:
        return None
    va = s.lex.verb_action(words[j:j + 5])
    past = participle_form(words[j])
    return [(va[0], j, "passive")] if va is not None and past else None


def passive_after_object(s: Any, k: int, c: Dict[str, Any]) -> List[Tuple[str, int, str]]:
    """A passive coordinated after the count's own transitive verb: "Five militants attacked the
    checkpoint and were killed" (the count is the subject of both)."""
    words, end = s.words, s.sent[1]
    for j in range(k + 1, min(end, k + 10)):
        if words[j] in CLAUSE_BREAKS or words[j] in (",", ";", ":") or j in s.cover:
            return []
        if words[j] in COORDINATORS and j + 1 < end and words[j + 1] in PASSIVE_AUX:
            return coordinated_after(s, j, c)
    return []


def past_coordinated(s: Any, e: int) -> int:
    """The end of the counts coordinated after the one ending at `e` ("3 fighters, 4 police and 2
    civilians"), so a verb's particle after the last is read for all: "left … dead" (E21-2)."""
    words, end = s.words, s.sent[1]
    e = _past_of(s, e)  # "left 2 members of the police and 3 civilians dead" (E22-13)
    while e + 1 < end and (words[e] == "," or words[e] in COORDINATORS) and e + 1 in s.cover:
        j, x = e + 1, s.cover[e + 1]
        while j < end and s.cover.get(j) == x:
            j += 1
        e = _past_of(s, j)
    return _past_uncounted(words, e, end)


def _past_of(s: Any, e: int) -> int:
    """Past an "of" phrase after a counted noun, to a coordinated count or a complement after it."""
    if e >= s.sent[1] or s.words[e] != "of":
        return e
    k = skip_modifiers(s.words, e, s.sent[1], s.lex)
    k -= k in s.cover and s.words[k - 1] in COORDINATORS  # the phrase took the "and" in
    return k if k < s.sent[1] else e


def _past_uncounted(words: List[str], e: int, end: int) -> int:
    """Past an uncounted last member up to the complement the counts share: "leaving 3 soldiers and a
    19-year-old shepherd dead" (E22-1); `e` itself when no such complement follows within 8 tokens."""
    if e + 2 >= end or words[e] not in COORDINATORS or words[e + 1] not in UNCOUNTED_ARTICLES:
        return e
    for j in range(e + 2, min(end, e + 10)):
        if words[j] in UNCOUNTED_COMPLEMENTS:
            return j
        if not (words[j].isalnum() or words[j] == "-"):
            break
    return e


def finding_people(c: Dict[str, Any], lex: Lexicon, word: str) -> bool:
    """`word` finds (`finding_forms`) and the count's item is people: "4 PKK members detected in the Zap
    region were neutralised" (E21-1)."""
    item = c.get("item")
    return word in FINDING_FORMS and item is not None and lex.noun_class(item["head"]) in PEOPLE_CLASSES


def drop_finding(triggers: List[Tuple[str, int, str]], c: Dict[str, Any], lex: Lexicon,
                 words: List[str]) -> List[Tuple[str, int, str]]:
    """People found and acted on are no seizure: "were detected and arrested", "located and killed 3
    ISIS members" give the arrest or the kill only (E21-1); a lone "found 5 gunmen" keeps its seizure."""
    if len(triggers) < 2 or not any(finding_people(c, lex, words[t[1]]) for t in triggers):
        return triggers
    kept = [t for t in triggers if not (t[0] == "seize" and finding_people(c, lex, words[t[1]]))]
    return kept if any(t[0] != "seize" for t in kept) else triggers


def remap(action: str, c: Dict[str, Any], lex: Lexicon, trigger_word: str) -> Optional[str]:
    """Item-dependent readings: captured villages are cleared, captured rifles seized, freed hostages
    rescued, neutralized IEDs destroyed, found captives rescued; places and things are not deployed
    (None: no event)."""
    item = c.get("item")
    head = item["head"] if item else ""
    cls = lex.noun_class(head) if head else None
    ordnance = head in ORDNANCE_NOUNS or (item is not None and not ORDNANCE_MODIFIERS.isdisjoint(item["text"].lower().split()))
    if trigger_word in ORDNANCE_VERBS and item is not None and (ordnance or action == "destroy"):
        return "destroy" if ordnance else None  # "cleared 12 devices"; "removed 3 checkpoints"; labels have no item
    if action == "clear" and trigger_word in PLACE_ONLY_CLEAR and head in TAKEN_PEOPLE:
        return "capture"  # "took 380 prisoners", "had taken 12 captives" (E19-1)
    if action == "capture" and c.get("unit") in HAUL_UNITS:
        return "seize"
    if action == "seize" and cls == "hostile" and trigger_word in SEIZE_FORMS and not c.get("unit"):
        return "capture"  # "seized 5 gunmen", "holds 5 gunmen seized near Tarmiyah": people are arrested (E19-7)
    if action == "deploy" and item is not None and not HURT_MODIFIERS.isdisjoint(item["text"].lower().split()):
        return "injure"  # "rushed 6 injured people to hospital", "3 wounded soldiers were flown to Erbil" (E23-1)
    if action == "deploy" and (c.get("unit") or cls in ("place", "thing") or head in PAPER_NOUNS or head in RELEASED_HELD):
        return None  # "covering 80 km² and 40 hamlets"; "sent 3 summonses", "sent 4 suspects to court" (E19-4)
    if c.get("unit") in AREA_UNITS or cls == "place":
        if action in ("capture", "seize", "rescue") or (action == "strike" and cls != "place"):
            return "clear"  # "raided 2 villages", "shelled 3 villages" stay strikes
    if trigger_word in PICK_UP_FORMS and (cls in ("civilian", "place", "thing") or c.get("unit")):
        return None  # "buses picked up 40 displaced families", "picked up 2 parcels": no arrest
    if action == "clear" and trigger_word in RECAPTURE_FORMS and cls in ("hostile", "civilian", "own"):
        return "capture"  # "recaptured 14 of the escaped inmates", "recaptured 4 of the militants who fled"
    if action in ("seize", "capture", "clear") and item is not None:
        captive = any(w in lex.nouns.get("captive", ()) for w in item["text"].lower().split())
        if captive or (cls == "civilian" and action != "capture"):
            return "rescue"  # "found 3 captive girls", "freed 20 villagers"
    if trigger_word in FALL_FORMS and cls in ("place", "thing"):
        return None  # "3 villages fell to the group", "4 shells fell on the base": no one died
    if action == "rescue" and trigger_word in RELEASE_FORMS and (cls == "hostile" or head in RELEASED_HELD):
        return None  # "released 12 suspects after questioning", "freed 300 prisoners": no rescue
    if action == "seize" and head in BODY_NOUNS:
        return None  # "recovered 6 bodies": the dead are no haul
    if cls == "thing" and action == "kill":
        return "destroy"
    if cls == "thing" and action == "capture":
        return "seize"  # "netted 22 rifles"
    if cls in ("hostile", "own", "civilian") and action == "destroy" and trigger_word in NEUTRALIZE_FORMS:
        return "kill"
    return action
