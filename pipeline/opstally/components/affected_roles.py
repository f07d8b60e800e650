"""Whose people or things an event's count counted (ANNOTATION.md section 4, the affected role): the
rules `event_roles.roles_of` applies once it has the actor. The owner the counted phrase names ("3
members of the security forces"), the side a state force fights for the enemy's people and things,
the actor's own people, else the sentence's latest affected side ("killed five soldiers and wounded
four others")."""
from typing import TYPE_CHECKING, Optional, Tuple

from ..ids import family
from ..resources import actor_rows, row_words, word_list
from .attack_phrases import repel_attacker, repelled_attack
from .owners import (arrested_members, fighter_victims, first_person, issuer_id, named_owner, national_owner, opposed_owner,
                     own_people, people_side, points_to_enemy, reporting_group)
from .reporters import speaker_before
from .target_sides import ASSET_NOUNS, asset_side, named_opposed, struck_side, toll_side

if TYPE_CHECKING:  # the rules' view of one count; no import at run time (event_roles imports this module)
    from .event_roles import Site

ENEMY_LOSS = word_list("enemy_loss_actions")
FOE_CUES = [cue.split() for cue in word_list("group_foe_cues")]
FOE_FILLERS = word_list("foe_people_fillers")
POSSESSIVES = word_list("group_possessives")  # "one of its vehicles", "their post"


def affected_of(site: "Site", action: str, actor_id: Optional[str]) -> Optional[str]:
    """Whose people or things the count counted; people killed or wounded whom no force is named for,
    by their noun ("3 policemen", "11 members of the security forces": national_owner)."""
    if action in ("kill", "injure") and site.head and site.lex.noun_class(site.head) == "own" and repelled_attack(site):
        return repel_attacker(site)  # "repelled an attack by government forces, killing 4 soldiers": the attackers'
    affected = _affected(site, action, actor_id)
    if affected is None and action in ("kill", "injure"):
        return national_owner(site)
    return affected


def _affected(site: "Site", action: str, actor_id: Optional[str]) -> Optional[str]:
    """Whose people or things the count counted, as the text names them."""
    if action in ("lose", "surrender"):  # the side that lost ground or gave up its men
        return actor_id
    side = _beside_count(site, action, actor_id)
    if side is not None:
        return side
    ctx, c, head = site.ctx, site.c, site.head
    actor_fam = family(actor_id)
    if site.item is not None:
        owner = named_owner(site)
        # "backed by 36 coalition airstrikes": the striker's own name is no target
        if owner is not None and not (action == "strike" and family(owner) == actor_fam):
            return owner
    side = people_side(site, action)  # "3 members of the security forces", "X said 3 of its fighters died"
    if side is not None:
        return side
    if arrested_members(site, action, actor_fam, _last_affected(site) is None):  # "arrested 2 others / of its"
        return _enemy_in_clause(site, bare=False, foe_of=(actor_fam,))
    cls = site.lex.noun_class(head) if head else None
    opposed = opposed_owner(site, actor_id) if action in ("kill", "injure") and cls != "civilian" \
        and not own_people(site, cls, actor_fam) else None  # not "18 of their fighters"
    if opposed is not None:  # "a Turkish drone struck a vehicle of the SDF, killing two fighters": the SDF's
        return opposed
    decided, prev = _bare_side(site, action, actor_fam)
    if decided:
        return prev
    if action in ("kill", "injure") and first_person(site):  # "a drone hit our vehicle, killing 3 of our fighters"
        return issuer_id(site)
    if action in ("kill", "injure", "capture") and own_people(site, cls, actor_fam):
        return _reporting_side(site, actor_id)
    if action == "strike" and cls != "own":  # "11 strikes" against the enemy: the enemy's
        return None if actor_fam == "ISIS" else _enemy_in_clause(site, bare=False, foe_of=(actor_fam,))
    if action in ("clear", "deploy", "rescue") and cls not in ("hostile", "thing"):
        return None
    if cls == "own":
        return _own_side(site, action, actor_id)
    if action in ("clear", "deploy", "rescue"):
        return None
    own_asset = _possessed_asset_side(site) if cls == "hostile" and head in ctx.roles.possessed_state else None
    if own_asset is not None:  # "said a bomb hit one of its vehicles, killing 3 fighters", "a drone targeted their car"
        return own_asset
    if cls in ("hostile", "thing"):
        return None if actor_fam == "ISIS" else _enemy_in_clause(site, bare=False, foe_of=(actor_fam,))
    taken = cls is None or (cls == "civilian" and action == "capture")  # "arrested 5 persons"
    if taken and actor_fam not in (None, "ISIS") and action in ENEMY_LOSS:
        return _enemy_in_clause(site, foe_of=(actor_fam,))
    return None


def _reporting_side(site: "Site", actor_id: Optional[str]) -> Optional[str]:
    """Whose "two of its fighters" are: the state force that reports them in the sentence when the actor is of
    another side ("The Peshmerga ministry said two of its fighters were killed when ISIS …", "The SDF said Turkish
    drones killed 3 of its fighters": decision 84), else a state actor's own, else the force in focus."""
    speaker = speaker_before(site, site.c["token_start"])
    if speaker is not None and family(speaker["kb_id"]) != family(actor_id):
        return speaker["kb_id"]
    group = reporting_group(site, family(actor_id)) if speaker is None else None
    if group is not None:  # "The PKK said Turkish airstrikes killed 3 of its members"
        return group
    # not sides.state_id: a group other than ISIS (the PKK's own report) keeps its id here
    return actor_id if family(actor_id) not in (None, "ISIS") else site.ctx.focus_id(site.c["token_start"])


def _possessed_asset_side(site: "Site") -> Optional[str]:
    """"The PMF said a roadside bomb hit one of its vehicles, killing 3 fighters": the state force that reports the
    attacked asset as "its" / "their" own, before the count in its sentence (decision 90); else None."""
    words = site.words
    for k in range(site.c["token_start"] - 1, site.sent[0] + 1, -1):
        if words[k] in ASSET_NOUNS and words[k - 1] in POSSESSIVES and not points_to_enemy(site, k - 1):
            speaker = speaker_before(site, k - 1)
            return speaker["kb_id"] if speaker is not None else None
    return None


def _bare_side(site: "Site", action: str, actor_fam: Optional[str]) -> Tuple[bool, Optional[str]]:
    """(decided, affected) of an elliptic or bare count: the sentence's latest affected ("killed five soldiers and
    wounded four (others)"), else the state force a group's attack hit, else the side whose post or vehicle the attack
    hit ("a roadside bomb hit a PMF vehicle, killing 2", "at an SDF checkpoint left 5 dead": decision 51)."""
    head = site.head
    if head == "others" or (site.item is None and action in ("kill", "injure")):
        prev = _last_affected(site)
        if prev is None and actor_fam == "ISIS":  # "ISIS gunmen ambushed a bus of the army's 17th Division, killing 11"
            prev = site.ctx.state_force_in(site.sent, site.c["token_start"])
        if prev is None and site.item is None:
            prev = asset_side(site)
        return prev is not None or head == "others", prev
    if action in ("kill", "injure") and head in site.lex.count_noun:  # "left 5 dead and 3 wounded"
        asset = asset_side(site)
        if asset is not None:
            return True, _last_affected(site) or asset
    return False, None


def _beside_count(site: "Site", action: str, actor_id: Optional[str]) -> Optional[str]:
    """The side the words beside the count name: the target of counted attacks ("seven attacks on SDF
    checkpoints"), the people of a running toll ("brought to 14 the number of Peshmerga fighters killed");
    docs/actor-rule.md decisions 49-50."""
    if action == "strike":
        return struck_side(site, actor_id)
    if action in ("kill", "injure", "capture"):
        return toll_side(site)
    return None


def _enemy_in_clause(site: "Site", bare: bool = True, foe_of: Tuple[Optional[str], ...] = ()) -> Optional[str]:
    """Whose are "4 rafts", "9 rifles", "11 strikes", or a bare "arresting 5" that a state force
    took in a sentence about fighting a group: the group's (a bare count: its neighbour's
    affected); no group in the sentence: a force of another family than the actor's that the
    sentence fights ("clashed with members of Asaib Ahl al-Haq"; `foe_of`: the actor's family, when
    asked), else the enemy the text is about."""
    c = site.c
    if bare and c.get("item") is None:
        prev = _last_affected(site)
        if prev is not None:
            return prev
    group = site.ctx.group_near(c["token_start"], site.sent)
    if group is not None:
        return group["kb_id"]
    foe = _foe_force(site, foe_of[0]) if foe_of else None
    if foe is None and foe_of:
        foe = named_opposed(site, foe_of[0])  # "Turkish forces neutralised 37 terrorists" in a text naming the SDF
    return foe if foe is not None else site.ctx.enemy_id(c["token_start"])


def _foe_force(site: "Site", actor_fam: Optional[str]) -> Optional[str]:
    """A state force or faction of another family that the sentence makes the side fought, by a foe cue
    right before it ("clashed with members of X", "against fighters of X", `group_foe_cues`), when the
    sentence names no armed group: the hostile people counted are its (docs/actor-rule.md decision 28)."""
    ctx, words, s = site.ctx, site.words, site.c["token_start"]
    for e in ctx.ents_before(s, site.sent[0]):
        if e["label"] != "FORCE" or family(e["kb_id"]) in (actor_fam, None):
            continue
        k = e["token_start"]
        while k > site.sent[0] and words[k - 1] in FOE_FILLERS:
            k -= 1  # "members of the", "fighters of"
        if any(words[max(0, k - len(cue)):k] == cue for cue in FOE_CUES):
            return e["kb_id"]
    return None


def _last_affected(site: "Site") -> Optional[str]:
    """The affected id of the sentence's latest event that has one."""
    return next((e["affected_id"] for e in reversed(site.earlier) if e.get("affected_id")), None)


def _own_side(site: "Site", action: str, actor_id: Optional[str]) -> Optional[str]:
    """Whose soldiers, policemen or troops: the state a word before their noun names ("neutralised 101 Syrian
    government soldiers", "killed 12 regime soldiers": decision 34), the state force a group's attack hit, the
    deploying force, else the force in focus."""
    actor_fam, focus = family(actor_id), site.ctx.focus_id(site.c["token_start"])
    named = _item_state(site)
    if named is not None and family(named) != actor_fam:
        return named
    if actor_id and actor_fam != "ISIS":
        state_side = fighter_victims(site, action, actor_fam)  # "Kataib X shelled a base, wounding 2 soldiers"
        if state_side is not None:
            return state_side
        return actor_id if action == "deploy" else focus
    return _host_army(site, focus)


def _host_army(site: "Site", focus: Optional[str]) -> Optional[str]:
    """Bare soldiers or troops a group's attack or an unowned means hit, whose force in focus is an air arm or a
    supporting foreign state (`supporting_states`: "Russian jets carried out 47 strikes. … militants ambushed a bus,
    killing 5 soldiers"), are the host army the text named before (`national_people` by the text's country), not
    the supporter's (decision 92); else the force in focus."""
    ctx, at = site.ctx, site.c["token_start"]
    mention = ctx.focus_mention(at)
    if mention is None or not (ctx.is_air(mention) or str(mention.get("kb_id")).lower()
                               in row_words(actor_rows(), "supporting_states")):
        return focus
    host = national_owner(site)
    if host is None or family(host) == family(focus):
        return focus
    named = any(e["token_start"] < at and family(e.get("kb_id")) == family(host) for e in ctx.ents)
    return host if named else focus


def _item_state(site: "Site") -> Optional[str]:
    """The state a word before the counted people's noun names: a nationality ("Syrian government soldiers"), a
    word that names a state's force ("regime soldiers": `arm_owners`), or the host's "government" by the text's
    country (`generic_national`); else None (docs/actor-rule.md decision 34)."""
    item, words, ctx = site.item, site.words, site.ctx
    if item is None:
        return None
    roles = ctx.roles
    for k in range(item["token_start"], item["token_end"] - 1):
        if k in ctx.ent_at:
            continue
        w = words[k]
        kb_id = roles.nationality_force.get(w) or roles.arm_owners.get(w)
        if not kb_id and w in roles.host_words:
            kb_id = roles.generic_national.get(w, {}).get(ctx.country or "")
        if kb_id:
            return kb_id
    return None
