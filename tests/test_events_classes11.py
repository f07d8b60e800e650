"""Missed and spurious events by class of phrasing, from a cold batch of strike releases,
monthly tallies and local outlets' short items (corpus/src/train_events11.jsonl; issue 10).
Each row is an invented text and every event it must give, as (action, count value, item
text); no other event may come out of the text."""
import pytest

from events_helpers import check


# numbers that count nothing: abbreviated months with a full stop, day lists after a month,
# release and file numbers
DATES_AND_CODES = [
    ("Allied jets struck 12 targets between Oct. 3 and Oct. 9, the task force said.",
     [("strike", 12, "targets")]),
    ("No strikes were reported in Syria on Sept. 4, 5, 6, 8 or 10.", []),
    ("There were no raids on Aug. 2, 3 and 7 because of the sandstorm.", []),
    ("News Release 20211104-02 gave no figures for the week.", []),
    ("Case file 2023117 names the 4 men arrested in Hit.", [("capture", 4, "men")]),
    ("The report will be published on Feb. Four fighters were killed in the ambush.",
     [("kill", 4, "fighters")]),
    ("On Jan. 14, 6 suspects were detained near Rawa.", [("capture", 6, "suspects")]),
    ("On March 3, 5 militants were killed near Tarmiyah.", [("kill", 5, "militants")]),
]

# counts in brackets, as Iraqi statements write them
BRACKETED = [
    ("The service announced the arrest of (11) terrorists in Kirkuk.", [("capture", 11, "terrorists")]),
    ("Detachments carried out (6) operations and seized (3) explosive belts.",
     [("strike", 6, "operations"), ("seize", 3, "explosive belts")]),
    ("The cell said (14) hideouts were destroyed in the Hamrin basin.", [("destroy", 14, "hideouts")]),
    ("Intelligence teams killed (2) terrorists and arrested (5) others in Anbar.",
     [("kill", 2, "terrorists"), ("capture", 5, "others")]),
    ("Police arrests [7] wanted men in Mosul", [("capture", 7, "wanted men")]),
]

# a list of counts with an uncounted member ("a hunting rifle") between them
UNCOUNTED_MEMBERS = [
    ("Searches led to the confiscation of three pistols, a hunting rifle, 14 mobile phones and cash.",
     [("seize", 3, "pistols"), ("seize", 14, "mobile phones")]),
    ("The raid ended with the seizure of 4 rifles, a truck and 9 mines.",
     [("seize", 4, "rifles"), ("seize", 9, "mines")]),
    ("The statement listed the destruction of 2 tunnels, a bunker, 6 caves and 3 depots.",
     [("destroy", 2, "tunnels"), ("destroy", 6, "caves"), ("destroy", 3, "depots")]),
    ("The sweep resulted in the arrest of 3 men, a woman, and 2 boys wanted by the courts.",
     [("capture", 3, "men"), ("capture", 2, "boys")]),
]

# a post-modifier of the last, uncounted list member between the counts and their verb
MEMBER_MODIFIERS = [
    ("The command said that 5 caves, 2 tunnels and a motorcycle belonging to ISIS had been razed.",
     [("destroy", 5, "caves"), ("destroy", 2, "tunnels")]),
    ("Police said 12 tunnels and caves used by the group were blown up.", [("destroy", 12, "tunnels")]),
    ("Four rifles and a truck owned by the cell were seized at the checkpoint.", [("seize", 4, "rifles")]),
    ("Nine depots and a workshop affiliated with the gang were demolished in Hit.",
     [("destroy", 9, "depots")]),
]

# bulletin lines and headlines: a bare participle after coordinated nouns
BARE_PARTICIPLES = [
    ("Results:\n- 38 hideouts and caves destroyed\n- 5 tunnels destroyed",
     [("destroy", 38, "hideouts"), ("destroy", 5, "tunnels")]),
    ("Dozens of shells and rockets found near Tarmiyah", [("seize", 12, "shells")]),
    ("9 militants and smugglers killed in Hajin clashes", [("kill", 9, "militants")]),
    ("Outcome of the week:\n- 17 rifles and pistols seized\n- 4 suspects arrested",
     [("seize", 17, "rifles"), ("capture", 4, "suspects")]),
]

# a partitive sub-count with no verb of its own shares its whole's action
PARTITIVE_PARTS = [
    ("The air force flew 29 sorties, nine of them against targets in Hamrin.",
     [("strike", 29, "sorties"), ("strike", 9, None)]),
    ("Troops detained 12 men, three of them brothers of a local emir.",
     [("capture", 12, "men"), ("capture", 3, None)]),
    ("Engineers defused 40 mines, 25 of them along the Rutba road.",
     [("destroy", 40, "mines"), ("destroy", 25, None)]),
    ("Police found 6 vests, four of which were defused on the spot.",
     [("seize", 6, "vests"), ("destroy", 4, None)]),
    ("The service carried out 1,140 operations over the year, 400 of them with coalition support.",
     [("strike", 1140, "operations"), ("strike", 400, None)]),
    ("Police detained 12 men in Mosul on Sunday, three of them brothers.",
     [("capture", 12, "men"), ("capture", 3, None)]),
]

# deploy verbs that deploy nobody: a subject that sends things, a record of taking part in attacks
DEPLOY_NOBODY = [
    ("The capture of 23 suspects, 4 of whom had taken part in attacks on checkpoints, was announced.",
     [("capture", 23, "suspects")]),
    ("One suspect had sent money to the cell's families on 12 occasions.", []),
    ("Two brokers sent funds abroad for the group, the court heard.", []),
    ("Police said 3 men who participated in kidnappings were detained.", [("capture", 3, "men")]),
    ("Between 8 and 10 militants took part in the assault on the post.", [("deploy", 8, "militants")]),
    ("The army sent 3 brigades to the border.", [("deploy", 3, "brigades")]),
    ("Over 5,000 troops took part in operations in Anbar.", [("deploy", 5000, "troops")]),
]

# a relative clause that says what a place or area holds counts nothing
RELATIVE_CONTENTS = [
    ("The brigades combed the Mutaibija basin, an area that takes in 12 villages.", []),
    ("Troops searched a district that includes 40 farms and 3 hamlets.", []),
    ("They cleared the orchards, a belt that contains 9 irrigation canals.", []),
    ("The unit secured a valley that holds 6 abandoned hamlets, the army said.", []),
    ("The army said that troops had cleared 12 villages.", [("clear", 12, "villages")]),
]

# lexicon: "turn up" finds things
LEXICON = [
    ("The search turned up four rifles and 40 mortar shells.",
     [("seize", 4, "rifles"), ("seize", 40, "mortar shells")]),
    ("A sweep of the orchards turned up 3 explosive belts.", [("seize", 3, "explosive belts")]),
    ("Soldiers combing the desert turned up 2 weapons caches near Rutba.", [("seize", 2, "weapons caches")]),
    ("Inspections at the crossing turn up 15 kilograms of TNT every month.",
     [("seize", 15, "kilograms")]),
    ("The week's haul also included 9 rifles and 2 explosive belts.",
     [("seize", 9, "rifles"), ("seize", 2, "explosive belts")]),
    ("Findings also include 4 mortar tubes, the police said.", [("seize", 4, "mortar tubes")]),
]

# a group's attacks counted with a support verb are its strikes (the corpus gold's reading)
ATTACK_TALLIES = [
    ("ISIS cells carried out 21 attacks on army checkpoints in Kirkuk during May.", [("strike", 21, "attacks")]),
    ("Militants conducted at least five attacks on SDF positions near Hajin.", [("strike", 5, "attacks")]),
    ("The group carried out an estimated 9 to 12 attacks in the Hawija pocket.", [("strike", 9, "attacks")]),
    ("Remnants launched a few harassment attacks in Salahuddin last week.",
     [("strike", 3, "harassment attacks")]),
]

# "held" right after counted people: detained (headlines and passives), in no other sense
HELD = [
    ("Kirkuk police: 23 suspects held in weekend sweep", [("capture", 23, "suspects")]),
    ("Raqqa Asayish: 9 cell members held after dawn raid", [("capture", 9, "cell members")]),
    ("Three men were held at a checkpoint near Tikrit on Monday.", [("capture", 3, "men")]),
    ("11 suspects held, 4 hideouts destroyed in 24 hours",
     [("capture", 11, "suspects"), ("destroy", 4, "hideouts")]),
    ("Four villages held by the militants were retaken.", [("clear", 4, "villages")]),
    ("Two soldiers held by the group were released.", [("rescue", 2, "soldiers")]),
    ("Twenty civilians held as human shields were freed.", [("rescue", 20, "civilians")]),
    ("Three houses used as bases by the cell were razed.", [("destroy", 3, "houses")]),
    ("Around 3,500 inmates were held in the prison at the time.", []),
    ("Asayish teams arrested 12 men and freed 4 women held in chains.",
     [("capture", 12, "men"), ("rescue", 4, "women")]),
]

# a bulletin's labels: "<item> <participle>: N"
LABELS = [
    ("Results of the week\n* Terrorists killed: 6\n* Wanted persons arrested: 22\n* Hideouts destroyed: 11",
     [("kill", 6, None), ("capture", 22, None), ("destroy", 11, None)]),
    ("Kirkuk: attacks: 4; security personnel killed: 3.", [("kill", 3, None)]),
    ("Outcome:\n- IEDs dismantled: 17\n- Weapons caches seized: 2", [("destroy", 17, None), ("seize", 2, None)]),
    ("Anbar | Suspects detained: 14 | Vehicles burned: 3", [("capture", 14, None), ("destroy", 3, None)]),
    ("The army said: 5 militants were killed.", [("kill", 5, "militants")]),
]


# classes of the second cold batch (ev11-0101..0108)
# an object relative after a list: "…, which the force confiscated"
OBJECT_RELATIVES = [
    ("The attackers left behind 1 motorcycle, 2 AK-47s and 3 rifles, which the force confiscated.",
     [("seize", 1, "motorcycle"), ("seize", 2, "AK-47s"), ("seize", 3, "rifles")]),
    ("Engineers listed 6 mines and 2 shells, which the bomb squad later detonated.",
     [("destroy", 6, "mines"), ("destroy", 2, "shells")]),
    ("The cell had stored 40 rockets, which police seized on Friday.", [("seize", 40, "rockets")]),
    ("Militants abandoned 3 trucks, which coalition jets destroyed.", [("destroy", 3, "trucks")]),
]

# a comma-bounded insert opened by a participle ("believed to …", "accused of …")
INSERT_PARTICIPLES = [
    ("A further two suspects, believed to have fed the cell, were detained in Rutba.",
     [("capture", 2, "suspects")]),
    ("Four men, suspected of smuggling fighters, were arrested near al-Hol.", [("capture", 4, "men")]),
    ("Six militants, thought to be foreigners, were killed in the raid.", [("kill", 6, "militants")]),
    ("Three gunmen, identified by police as cell members, were captured in Hit.",
     [("capture", 3, "gunmen")]),
]

# a count that is the subject of a verb with an object ("300 fighters swept the area") is not its object
SUBJECTS_OF_TRANSITIVES = [
    ("A force of about 300 fighters later swept the area.", []),
    ("Some 40 commandos cleared the village at dawn.", []),
    ("Two brigades secured the road to Rutba on Sunday.", []),
    ("Five militants attacked the checkpoint and were killed.", [("kill", 5, "militants")]),
    ("Two dozen villages were swept by the brigade.", [("clear", 24, "villages")]),
    ("About 200 gunmen surrendered their weapons to the army.", [("surrender", 200, "gunmen")]),
    ("Phase four: dozens of militants killed, 42 soldiers wounded These strikes were part of the push.",
     [("kill", 12, "militants"), ("injure", 42, "soldiers")]),
    ("Three brigades commenced the offensive at dawn.", [("deploy", 3, "brigades")]),
]

# the dead recovered or found are no haul; weapon names with digits are items
BODIES_AND_MODELS = [
    ("The force recovered 6 bodies and 3 rifles.", [("seize", 3, "rifles")]),
    ("Search teams found the remains of 4 fighters and 2 AK-47s.", [("seize", 2, "AK-47s")]),
    ("Police seized 4 M-16 rifles and 2 RPG-7s.", [("seize", 4, "M-16 rifles"), ("seize", 2, "RPG-7s")]),
    ("Divers recovered 5 corpses from the river.", []),
    ("Troops found the bodies of 2 shepherds who had been killed by the group.", [("kill", 2, "shepherds")]),
]

# elliptic counts: "6 others" after a strike noun, a bracketed "among them (4)"
ELLIPTIC_OTHERS = [
    ("Army Aviation carried out 11 airstrikes, while F-16 aircraft carried out 6 others.",
     [("strike", 11, "airstrikes"), ("strike", 6, "others")]),
    ("Jets flew 9 sorties on Monday and helicopters 4 others.", [("strike", 9, "sorties"), ("strike", 4, "others")]),
    ("The operations led to the arrest of 41 wanted persons, among them (4) leaders.",
     [("capture", 41, "wanted persons"), ("capture", 4, "leaders")]),
    ("Drones conducted 3 strikes near Hajin and 2 more near Shuhayl.",
     [("strike", 3, "strikes"), ("strike", 2, None)]),
]

# the words of another count are no verb ("defused 20 roadside bombs and found"), nor a headline's
# uncounted member before the verb ("Two SDF fighters, civilian killed"), nor an age in a noun phrase
NEIGHBOURS = [
    ("Troops defused 20 roadside bombs and found a cache of 400 kg of ammonium nitrate.",
     [("destroy", 20, "roadside bombs"), ("seize", 400, "kg")]),
    ("Two SDF fighters, civilian killed in attack near Busayrah", [("kill", 2, "SDF fighters")]),
    ("Three policemen, shepherd wounded by landmine in Hamrin", [("injure", 3, "policemen")]),
    ("Two fighters of the Syrian Democratic Forces (SDF) and a 15-year-old boy were killed on Tuesday.",
     [("kill", 2, "fighters")]),
    ("Three soldiers of the 5th Division and a 40-year-old shepherd were wounded by a mine.",
     [("injure", 3, "soldiers")]),
]


# "among" the people an action counted; "the detainees include N"
AMONG = [
    ("Among the dead were two regional leaders of the group, he said.", [("kill", 2, "regional leaders")]),
    ("The statement said 36 women were among those arrested.", [("capture", 36, "women")]),
    ("Among those held were two brothers from Mosul.", [("capture", 2, "brothers")]),
    ("Among the wounded were 3 children and a nurse.", [("injure", 3, "children")]),
    ("The detainees include 4 men wanted for attacks on checkpoints.", [("capture", 4, "men")]),
    ("Among the 12 villages on the road was one with a school.", []),
    ("Governor visits 18 new schools Among those detained were two brothers.", [("capture", 2, "brothers")]),
    ("Two children among the dead in Hajin shelling", [("kill", 2, "children")]),
]


@pytest.mark.parametrize("text,expected", AMONG)
def test_events_cold11_among(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", OBJECT_RELATIVES)
def test_events_cold11_object_relatives(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", INSERT_PARTICIPLES)
def test_events_cold11_insert_participles(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", SUBJECTS_OF_TRANSITIVES)
def test_events_cold11_subjects_of_transitive_verbs(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", BODIES_AND_MODELS)
def test_events_cold11_bodies_and_weapon_models(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", ELLIPTIC_OTHERS)
def test_events_cold11_elliptic_others(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", NEIGHBOURS)
def test_events_cold11_neighbouring_words(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", DATES_AND_CODES)
def test_events_cold11_dates_and_codes(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", BRACKETED)
def test_events_cold11_bracketed_counts(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", UNCOUNTED_MEMBERS)
def test_events_cold11_lists_with_uncounted_members(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", MEMBER_MODIFIERS)
def test_events_cold11_list_member_modifiers(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", BARE_PARTICIPLES)
def test_events_cold11_bare_participles_after_coordinated_nouns(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", PARTITIVE_PARTS)
def test_events_cold11_partitive_parts(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", DEPLOY_NOBODY)
def test_events_cold11_deploy_nobody(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", RELATIVE_CONTENTS)
def test_events_cold11_relative_contents(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", ATTACK_TALLIES)
def test_events_cold11_attack_tallies(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", HELD)
def test_events_cold11_held_detains(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", LABELS)
def test_events_cold11_bulletin_labels(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", LEXICON)
def test_events_cold11_lexicon(nlp, text, expected):
    check(nlp, text, expected)


def test_events_cold11_partitive_part_links_its_whole(nlp):
    doc = nlp("The air force flew 29 sorties, nine of them against targets in Hamrin.")
    whole, part = doc._.opstally_events
    assert part["part_of"] == 0 and whole["part_of"] is None
