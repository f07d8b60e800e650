"""The record schema's closed sets (ANNOTATION.md): entity labels, event actions, count
bounds and units, event scopes and date precisions. One definition, imported by the
components, the scorer and the corpus validator; a new label or action starts here
(see docs/architecture.md)."""

LABELS = ("FORCE", "ARMED_GROUP", "OPERATION", "PROVINCE", "LOCATION")
# negative classes for the NER (people, non-force organisations): extra entities, no kb_id needed
EXTRA_LABELS = ("PERSON", "ORG")
# labels that can be an event's actor (an OPERATION only through its conducting force)
ACTOR_LABELS = ("FORCE", "ARMED_GROUP", "OPERATION")
# labels of patterns that only stop shorter wrong matches inside them; never written to doc.ents
BLOCKING_LABELS = frozenset(["NOT_ENTITY"])
ACTIONS = ("kill", "injure", "capture", "destroy", "damage", "seize", "clear", "lose",
           "strike", "deploy", "surrender", "rescue")
BOUNDS = ("exact", "approx", "at_least", "at_most")
UNITS = (None, "km", "km2", "mi", "mi2", "kg")
SCOPES = ("incident", "period", "cumulative")
DATE_PRECISIONS = ("day", "week", "month", "year")
