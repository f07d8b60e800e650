"""A parent force and a named unit beside it in one text (branch actors24; docs/actor-rule.md decisions 70-73):
unit names by more head words, "X together with Y" led by X, "the tribal fighters" taking up the tribal force
named before, bare "troops" after a PMF/SDF/tribal unit taking the state army named before, and "the guard" /
"the rangers" taking up their unit. Each row is an invented text, the count, and the family its actor_id must have."""
import pytest

from actors_helpers import check_row

UNIT_HEADS = [  # decision 73: name shapes no pattern had
    ("The Wadi Sakran Tribal Defenders killed 3 militants near Rutba in Anbar.", "3", "WADI-SAKRAN-TRIBAL-DEFENDERS"),
    ("The Hadar Desert Guard arrested 4 smugglers near Qaim in Anbar.", "4", "HADAR-DESERT-GUARD"),
    ("The Riyadh Village Guard captured 2 suspects near Hawija in Kirkuk on Monday.", "2", "RIYADH-VILLAGE-GUARD"),
    ("The Jumaila Clan Protectors seized 6 rifles in Salahuddin.", "6", "JUMAILA-CLAN-PROTECTORS"),
    ("The Obeid Desert Guard destroyed 5 hideouts in Anbar.", "5", "OBEID-DESERT-GUARD"),
]

TOGETHER_WITH = [  # decision 72: the force before "together with" / "alongside" / "along with" leads
    ("The SDF together with the Marqada Tribal Guards killed 3 militants in Hasakah.", "3", "SDF"),
    ("Iraqi troops together with the Ubaydi Defenders killed 2 militants in Anbar.", "2", "ISF"),
    ("The Peshmerga along with the Gwer Rangers cleared 5 villages in Erbil.", "5", "KRG"),
    ("The SDF alongside the Sabkha Guards arrested 6 suspects in Raqqa.", "6", "SDF"),
]

TRIBAL_ANAPHOR = [  # decision 70
    ("Iraqi army troops and the Qaim Tribal Defenders, a tribal force, swept the desert in Anbar. "
     "The tribal fighters killed four ISIS militants.", "four", "QAIM-TRIBAL-DEFENDERS"),
    ("The SDF and the Hol Valley Guards, a clan force, raided Shaddadi in Hasakah. The tribesmen captured "
     "two suspects.", "two", "HOL-VALLEY-GUARDS"),
    ("The Iraqi army and the Baghdadi Tribal Regiment entered the desert near Haditha in Anbar on Monday. "
     "Clan fighters then searched 3 villages.", "3", "BAGHDADI-TRIBAL-REGIMENT"),
    ("The army's 7th Division and the Rawa Sons Battalion, drawn from local clans, pushed into the valley in "
     "Anbar. The tribal force arrested 5 suspects.", "5", "RAWA-SONS-BATTALION"),
]

NOT_TRIBAL = [  # look-alikes: no tribal force named, or a named subject
    ("Iraqi army troops swept the desert in Anbar. The tribal fighters killed four ISIS militants.",
     "four", "ISF"),
    ("The Qaim Tribal Defenders, a tribal force, swept the desert in Anbar. The Iraqi army killed 3 militants.",
     "3", "ISF"),
    ("Iraqi army troops and the Qaim Tribal Defenders swept the desert in Anbar. The troops killed 2 "
     "militants.", "2", "ISF"),
    ("The Hol Valley Guards, a clan force, raided Shaddadi in Hasakah. The SDF captured 6 suspects.",
     "6", "SDF"),
]

TROOPS_AFTER_UNIT = [  # decision 71
    ("Iraqi army units launched an operation in Diyala. The PMF's 23rd Brigade killed 2 militants. "
     "Troops then destroyed 5 hideouts.", "5", "ISF"),
    ("The Iraqi army began a sweep in Kirkuk. Fighters of the PMF's Brigade 40 killed 3 militants. "
     "Soldiers later seized 6 rifles.", "6", "ISF"),
    ("The Iraqi army launched an operation in Nineveh. The Sinjar Tribal Guard, a local force, killed 2 "
     "militants. Troops then cleared 4 villages.", "4", "ISF"),
    ("Syrian army units moved into Deir ez-Zor. The SDF's 5th Regiment arrested 3 suspects. Soldiers "
     "later dismantled 7 mines.", "7", "SYRIAN-ARAB-ARMY"),
]

TROOPS_KEEP = [  # look-alikes: troops of the focus itself, a possessive, no army named before
    ("The Peshmerga launched a sweep near Makhmour in Erbil. Troops destroyed 4 tunnels.", "4", "KRG"),
    ("Iraqi army units entered Diyala. The PMF said its troops killed 3 militants.", "3", "PMF"),
    ("The PMF's Brigade 40 killed 3 militants in Kirkuk. Soldiers later seized 6 rifles.", "6", "PMF"),
    ("The raid in Kirkuk was carried out by the PMF's Brigade 40 with intelligence from the National Security "
     "Service. Troops also recovered 3 rifles.", "3", "PMF"),
    ("The PMF said the raids in Tarmiyah were carried out by the 22nd Brigade. Troops also recovered 4 rifles.",
     "4", "PMF"),
    ("The Iraqi army began a sweep in Kirkuk. Troops then seized 8 rifles.", "8", "ISF"),
]

UNIT_ANAPHORS = [  # decision 73: "the guard", "the rangers", "the council" take up their unit
    ("The SDF and the Busayra Clan Guard killed 3 militants in Deir ez-Zor. The guard's fighters, drawn from "
     "local clans, captured two more.", "two", "BUSAYRA-CLAN-GUARD"),
    ("The Iraqi army and the Anah Tribal Rangers cleared Rawa in Anbar. The rangers arrested 4 suspects.",
     "4", "ANAH-TRIBAL-RANGERS"),
    ("The SDF-affiliated Maadan Military Council raided a farm in Raqqa. The council's fighters seized 3 "
     "rifles.", "3", "SDF"),
    ("The Iraqi army and the Ubaydi Tribal Guards, a clan force, swept Qaim in Anbar. The guards killed 2 "
     "militants.", "2", "UBAYDI-TRIBAL-GUARDS"),
]

NAME_WORDS = [  # decision 73: a state force's word in a unit's own name ties it, before a partner beside it
    ("The Interior Ministry said the Federal Police and the Tarmiyah Emergency Battalion searched farms north of "
     "Baghdad. The battalion killed two terrorists.", "two", "ISF"),
    ("The Hit Police Regiment arrested 3 suspects in Anbar on Monday.", "3", "ISF"),
    ("The Hawija Police Battalion, alongside the army, killed 2 militants in Kirkuk.", "2", "ISF"),
    ("The Iraqi army and the Samarra Police Brigade cleared 6 villages in Salahuddin. The brigade seized 4 "
     "rifles.", "4", "ISF"),
]

NOT_NAME_WORDS = [  # look-alikes: a region with forces of its own, another country, a tribal name
    ("The Erbil Police Battalion arrested 4 suspects in Erbil.", "4", "ERBIL-POLICE-BATTALION"),
    ("The SDF and the Tabqa Police Battalion arrested 3 suspects in Raqqa.", "3", "SDF"),
    ("The Iraqi army and the Hit Tribal Regiment, a tribal force, cleared 2 villages in Anbar. The regiment "
     "arrested 5 suspects.", "5", "HIT-TRIBAL-REGIMENT"),
    ("The Qaim Desert Regiment arrested 6 smugglers in Anbar, the Iraqi army said.", "6", "ISF"),
]

RELATIVE_CLAUSES = [  # decision 72: a relative clause inside a joint subject; "X, which is part of Y" ties
    ("A monitor said the Shuhayr Tribal Guard, which recruits from local clans, and the SDF arrested 5 suspects "
     "in Deir ez-Zor.", "5", "SHUHAYR-TRIBAL-GUARD"),
    ("The Iraqi army, which had surrounded the village, and the Hit Tribal Guard killed 4 militants in Anbar.",
     "4", "ISF"),
    ("The Tal Hamis Guards, which is part of the SDF, arrested 3 suspects in Hasakah.", "3", "SDF"),
    ("The Gomel Rangers, who are a unit of the Peshmerga, killed 2 militants in Erbil.", "2", "KRG"),
    ("The Baaj Sons Battalion, who are part of the Hashd, cleared 3 villages in Nineveh.", "3", "PMF"),
]

NOT_RELATIVE_TIES = [  # look-alikes: a relative clause that fights the force, a clause with its own object
    ("The Rawa Guards, which are fighting the PMF, captured 3 smugglers in Anbar.", "3", "RAWA-GUARDS"),
    ("The army cleared Albu Tiban, which ISIS held for a year, and the PMF arrested 6 suspects in Salahuddin.",
     "6", "PMF"),
    ("The Hasakah Sons Guards, which the SDF accuses of smuggling, arrested 2 men in Hasakah.", "2",
     "HASAKAH-SONS-GUARDS"),
    ("The Iraqi army cleared a village in Anbar, and the Hit Tribal Guard, which recruits locally, killed 4 "
     "militants.", "4", "HIT-TRIBAL-GUARD"),
]

MEMBERS_OF_UNIT = [  # decision 73: "<members> of the <unit noun>" takes up the unit named before
    ("The PMF said Brigade 61, together with the Iraqi army's 14th Division, searched 9 villages in Salahuddin. "
     "The brigade's fighters arrested 3 men. Troops of the division destroyed 4 tunnels.", "4", "ISF"),
    ("The Iraqi army and the Hawija Tribal Regiment, a tribal force, entered Kirkuk. Members of the regiment "
     "arrested 3 suspects.", "3", "HAWIJA-TRIBAL-REGIMENT"),
    ("The SDF and the Tabqa Sons Battalion raided a farm in Raqqa. Fighters of the battalion seized 5 rifles.",
     "5", "TABQA-SONS-BATTALION"),
    ("The Iraqi army's 9th Division and the PMF's Brigade 30 entered Kirkuk. Soldiers of the division found 2 "
     "caches.", "2", "ISF"),
]

SUPPORTER_ONLY = [  # decision 74: every named force is a supporter; the source's army is the text's force
    ("An army statement said troops raided a hideout in Anbar with help from the Obeid Clan Guards. Three "
     "militants were killed, the statement said.", "Three", "ISF"),
    ("Troops backed by the Karma Tribal Defenders cleared a village in Anbar, an army spokesman said. 4 suspects "
     "were arrested.", "4", "ISF"),
    ("A military source said soldiers, with the support of the Hit Clan Guard, searched farms in Anbar. Two "
     "wanted men were detained.", "Two", "ISF"),
    ("An army statement said soldiers, accompanied by the Baiji Tribal Defenders, combed the desert in Salahuddin. "
     "5 hideouts were destroyed.", "5", "ISF"),
]

SUPPORTER_KEPT = [  # look-alikes: no army source, or a force that is no supporter
    ("Troops raided a hideout in Anbar with help from the Obeid Clan Guards. Three militants were killed, a "
     "local official said.", "Three", "OBEID-CLAN-GUARDS"),
    ("The Peshmerga, with the support of the Gomel Rangers, repelled an ISIS attack in Makhmour in Erbil. "
     "Five attackers were killed.", "Five", "KRG"),
    ("An army statement said the Obeid Clan Guards raided a hideout in Anbar. Three militants were killed.",
     "Three", "OBEID-CLAN-GUARDS"),
    ("The Iraqi army, supported by the Shirqat Tribal Regiment, entered a village in Salahuddin. The forces "
     "killed 3 militants.", "3", "ISF"),
    ("Iraqi forces, in support of the Iraqi army, searched a village in Anbar. An army statement said 6 "
     "suspects were arrested.", "6", "ISF"),
]


@pytest.mark.parametrize("text,count,actor", SUPPORTER_ONLY)
def test_partner_units_supporters_only_leave_source_army(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", SUPPORTER_KEPT)
def test_partner_units_supporters_look_alikes(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", MEMBERS_OF_UNIT)
def test_partner_units_members_of_unit_take_up_unit(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", RELATIVE_CLAUSES)
def test_partner_units_relative_clause_keeps_first_member(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", NOT_RELATIVE_TIES)
def test_partner_units_relative_clause_look_alikes(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", NAME_WORDS)
def test_partner_units_name_words_tie_unit(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", NOT_NAME_WORDS)
def test_partner_units_name_words_look_alikes(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", UNIT_HEADS)
def test_partner_units_unit_heads_name_a_unit(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", TOGETHER_WITH)
def test_partner_units_first_of_together_with_leads(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", TRIBAL_ANAPHOR)
def test_partner_units_tribal_noun_takes_up_tribal_force(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", NOT_TRIBAL)
def test_partner_units_tribal_noun_without_tribal_force(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", TROOPS_AFTER_UNIT)
def test_partner_units_troops_after_unit_are_the_army(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", TROOPS_KEEP)
def test_partner_units_troops_keep_their_force(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)


@pytest.mark.parametrize("text,count,actor", UNIT_ANAPHORS)
def test_partner_units_unit_anaphors_take_up_unit(nlp, text, count, actor):
    check_row(nlp, text, count, actor=actor)
