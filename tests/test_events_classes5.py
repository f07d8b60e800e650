"""Missed and spurious events by class of phrasing, round five (issue 10, classes 1-11):
fresh invented phrasings beside tests/test_events_classes.py, varying verb, voice, order,
register and forces. Each row is a text and every event it must give, as (action, count
value, item text); no other event may come out of the text."""
import pytest

from events_helpers import check


# 1. strike releases' nouns: engagements, sorties, raids (nouns and verbs)
STRIKE_NOUNS = [
    ("Between June 2 and 8, partner aircraft executed 15 strikes comprising 22 engagements in Syria.",
     [("strike", 15, "strikes"), ("strike", 22, "engagements")]),
    ("Another 8 strikes consisting of 12 engagements were conducted near Raqqah.",
     [("strike", 8, "strikes"), ("strike", 12, "engagements")]),
    ("Turkish warplanes flew 14 sorties against PKK hideouts in Qandil.", [("strike", 14, "sorties")]),
    ("Iraqi army aviation performed nine sorties in support of ground troops in Salahuddin.",
     [("strike", 9, "sorties")]),
    ("Asayish units raided 7 homes in Raqqa and arrested 4 cell members.",
     [("strike", 7, "homes"), ("capture", 4, "cell members")]),
    ("Six night raids were launched by the commandos against cells in the Jazira desert.",
     [("strike", 6, "night raids")]),
]

# 2. post-modifiers between the count and its verb
POST_MODIFIERS = [
    ("Eight smugglers working for the group, among them two couriers, were arrested near Rabia.",
     [("capture", 8, "smugglers"), ("capture", 2, "couriers")]),
    ("Thirteen militants hiding in farmland south of Kirkuk were killed by an air strike.",
     [("kill", 13, "militants")]),
    ("Four trucks, which had been loaded with fuel, were burned by the Peshmerga.",
     [("destroy", 4, "trucks")]),
    ("Twenty suspects wanted under the anti-terror law, including 3 women, were rounded up in Basra.",
     [("capture", 20, "suspects"), ("capture", 3, "women")]),
    ("Nine fighters belonging to the cell, as well as their driver, were killed near Tuz.",
     [("kill", 9, "fighters")]),
    ("Fifteen ISIS members wanted by the judiciary, one of them a senior official, were apprehended in Nineveh.",
     [("capture", 15, "ISIS members")]),
    ("Seven fighters of the cell who had fled to the desert were killed by an airstrike.", [("kill", 7, "fighters")]),
    ("Three suspects accused of financing the group were arrested on Monday.", [("capture", 3, "suspects")]),
    ("Ten tankers smuggling oil for the group were seized at the border.", [("seize", 10, "tankers")]),
    ("Five men wearing suicide belts were killed at the gate.", [("kill", 5, "men")]),
    ("Officials said more than 90 fighters fleeing the area had surrendered.", [("surrender", 90, "fighters")]),
    ("Two soldiers of the Iraqi army's 20th Division were killed.", [("kill", 2, "soldiers")]),
    ("Five members of the group's media wing were arrested in Mosul.", [("capture", 5, "members")]),
]

# 3. lists of three or more counts under one trigger
LISTS = [
    ("Searches led to the recovery of 7 rifles, 2 machine guns, 40 grenades and 3 radios.",
     [("seize", 7, "rifles"), ("seize", 2, "machine guns"), ("seize", 40, "grenades"),
      ("seize", 3, "radios")]),
    ("Four tunnels, six bunkers and two workshops were blown up by the engineers.",
     [("destroy", 4, "tunnels"), ("destroy", 6, "bunkers"), ("destroy", 2, "workshops")]),
    ("Near Hawijah, the strikes destroyed nine boats, four tanker trucks, two bridges and six mortar systems.",
     [("destroy", 9, "boats"), ("destroy", 4, "tanker trucks"), ("destroy", 2, "bridges"),
      ("destroy", 6, "mortar systems")]),
    ("The SDF confiscated 12 explosive belts, 5 rifles, 300 rounds and 2 motorcycles in Shaddadi.",
     [("seize", 12, "explosive belts"), ("seize", 5, "rifles"), ("seize", 300, "rounds"),
      ("seize", 2, "motorcycles")]),
]

# 4. two coordinated triggers after one count
COORDINATED = [
    ("Five rockets were located and safely detonated by the bomb squad.",
     [("seize", 5, "rockets"), ("destroy", 5, "rockets")]),
    ("Troops uncovered and destroyed 4 caves used by the militants.",
     [("seize", 4, "caves"), ("destroy", 4, "caves")]),
    ("Eleven gunmen were killed or captured during the sweep.",
     [("kill", 11, "gunmen"), ("capture", 11, "gunmen")]),
    ("Two storehouses were seized and then burned by the SDF.",
     [("seize", 2, "storehouses"), ("destroy", 2, "storehouses")]),
    ("Four ISIS caves were detected and blown up.", [("seize", 4, "ISIS caves"), ("destroy", 4, "ISIS caves")]),
    ("Seven suspects were tracked down and arrested in Mosul.", [("capture", 7, "suspects")]),
    ("Nine militants were surrounded and killed.", [("kill", 9, "militants")]),
    ("Two guards were shot and wounded at the gate.", [("injure", 2, "guards")]),
]

# 5. relative and partitive clauses
RELATIVES = [
    ("The patrol stumbled upon 14 bombs, nine of which were defused, in Tarmiyah.",
     [("seize", 14, "bombs"), ("destroy", 9, None)]),
    ("Sappers dismantled 6 roadside bombs that had been planted overnight, and seized 3 rifles.",
     [("destroy", 6, "roadside bombs"), ("seize", 3, "rifles")]),
    ("Police arrested 25 suspects, five of whom were later released.", [("capture", 25, "suspects")]),
    ("The unit recovered 30 mortar shells, some of them rigged as bombs, and 2 launchers.",
     [("seize", 30, "mortar shells"), ("seize", 2, "launchers")]),
    ("Police arrested 3 men who were planning attacks and were found with rifles.", [("capture", 3, "men")]),
]

# 6. lexicon gaps
LEXICON = [
    ("French Rafales bombarded 5 ISIS hideouts near Baghuz.", [("strike", 5, "ISIS hideouts")]),
    ("An Iraqi drone took out two militants on a motorcycle near Rutba.", [("kill", 2, "militants")]),
    ("Three wanted men were taken into custody at a checkpoint near Hit.", [("capture", 3, "wanted men")]),
    ("Kurdish police took eleven suspects into custody in Qamishli.", [("capture", 11, "suspects")]),
    ("Four Peshmerga brigades commenced the offensive east of Mosul.", [("deploy", 4, "Peshmerga brigades")]),
    ("Findings included 9 grenades and 3 suicide vests.", [("seize", 9, "grenades"), ("seize", 3, "suicide vests")]),
    ("Kurdish counter-terror units raided four safe houses in Hasakah.", [("strike", 4, "safe houses")]),
    ("Troops unearthed 5 weapons caches in the orchards.", [("seize", 5, "weapons caches")]),
    ("Militants shelled 3 villages, wounding 7 civilians.", [("strike", 3, "villages"), ("injure", 7, "civilians")]),
    ("The SDF raided 2 villages and arrested 5 men.", [("strike", 2, "villages"), ("capture", 5, "men")]),
    ("Troops took 3 militants prisoner near Hit.", [("capture", 3, "militants")]),
    ("The commandos killed 40 militants and took 12 prisoner.", [("kill", 40, "militants"), ("capture", 12, None)]),
    ("The alliance said its fighters had taken 9 districts and killed 42 militants.",
     [("clear", 9, "districts"), ("kill", 42, "militants")]),
    ("Ground units took eight hills overlooking the supply routes.", [("clear", 8, "hills")]),
    ("Militants took 20 hostages from the village.", []),
    ("Two soldiers were wounded and were taken to hospital in Khaniqin.", [("injure", 2, "soldiers")]),
    ("The dead included 2 senior members of the cell.", [("kill", 2, "senior members")]),
    ("Captives included 22 women and children held by the jihadists.", [("rescue", 22, "women and children")]),
    ("The blast led to the martyrdom of 2 Peshmerga and the wounding of 4 others.",
     [("kill", 2, "Peshmerga"), ("injure", 4, "others")]),
]

# 7. deploy only for personnel taking part
DEPLOY = [
    ("Around 3,000 soldiers are taking part, spanning 120 square kilometres and 25 villages.",
     [("deploy", 3000, "soldiers")]),
    ("More than 600 fighters took part in the drive, which covered 50 km of riverbank.",
     [("deploy", 600, "fighters")]),
    ("Five men involved in the attack were arrested in Baiji.", [("capture", 5, "men")]),
    ("Investigators say 4 people involved in smuggling fled to Syria.", []),
    ("Officials said 6 men involved in the plot fled to Turkey.", []),
]

# 8. numbers that count nothing
NOT_COUNTS = [
    ("Militants still control one-fifth of the district, and troops killed 6 militants.",
     [("kill", 6, "militants")]),
    ("A three-pronged assault began at dawn, and 14 militants were killed.", [("kill", 14, "militants")]),
    ("Three of the top ten commanders of the group were killed in the raid.",
     [("kill", 3, "top ten commanders")]),
    ("Two caches were seized, one in Hit and the other in Rawa.", [("seize", 2, "caches")]),
    ("The two sides traded fire and 5 gunmen were arrested.", [("capture", 5, "gunmen")]),
    ("Only one of the three suspects was arrested.", []),
    ("The first of the two strikes destroyed a bridge.", []),
    ("A roadside bomb hit their vehicle, killing 4 of the 9 soldiers.", [("kill", 4, None)]),
]

# 9. senses that are no action
SENSES = [
    ("The militants organised the breakout of 200 prisoners from the jail in Hasakah.", []),
    ("Police found 2 abducted children in a farm near Tikrit.", [("rescue", 2, "abducted children")]),
    ("Troops located five kidnapped truckers in a basement.", [("rescue", 5, "kidnapped truckers")]),
    ("The escape of 12 inmates from the prison embarrassed the ministry.", []),
    ("20 detainees escaped during the riot.", []),
    ("The SDF handed over 50 detainees to Iraq.", []),
    ("Twelve detainees were freed by the gunmen.", [("rescue", 12, "detainees")]),
]

# 10. elliptic sub-counts
ELLIPTIC = [
    ("Nine were killed: five by shelling and four by sniper fire.",
     [("kill", 9, None), ("kill", 5, None), ("kill", 4, None)]),
    ("2 were killed and 7 others hurt in the attack.", [("kill", 2, None), ("injure", 7, "others")]),
    ("Four policemen died and six others were hurt near Samarra.",
     [("kill", 4, "policemen"), ("injure", 6, "others")]),
    ("Twelve suspects were detained: eight in Tabqa and four in Raqqa.",
     [("capture", 12, "suspects"), ("capture", 8, None), ("capture", 4, None)]),
    ("Eleven people died: seven civilians and four policemen.",
     [("kill", 11, "people"), ("kill", 7, "civilians"), ("kill", 4, "policemen")]),
    ("Troops have destroyed 60 hideouts, caves and tunnels so far: 30 hideouts, 20 caves and 10 tunnels.",
     [("destroy", 60, "hideouts"), ("destroy", 30, "hideouts"), ("destroy", 20, "caves"),
      ("destroy", 10, "tunnels")]),
    ("Officials said 12 militants were killed and 30 taken prisoner during the advance.",
     [("kill", 12, "militants"), ("capture", 30, None)]),
]

# 11. idioms of death; bare-participle headlines
IDIOMS = [
    ("Eighteen militants lost their lives in the air strikes.", [("kill", 18, "militants")]),
    ("Two soldiers lost their lives when their vehicle hit a mine.", [("kill", 2, "soldiers")]),
    ("5 rockets and 2 launchers found in Anbar desert", [("seize", 5, "rockets"), ("seize", 2, "launchers")]),
    ("Seven terrorists killed in Diyala ambush", [("kill", 7, "terrorists")]),
    ("14 suspects arrested in Kirkuk sweep", [("capture", 14, "suspects")]),
    ('The ministry said that 560 "terrorists" had been neutralised since the start.', [("kill", 560, "terrorists")]),
    ("Officials said four “militants” had been eliminated near Zakho.", [("kill", 4, "militants")]),
]


@pytest.mark.parametrize("text,expected", STRIKE_NOUNS)
def test_events_fresh_strike_release_nouns(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", POST_MODIFIERS)
def test_events_fresh_skip_post_modifiers(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", LISTS)
def test_events_fresh_list_shares_trigger(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", COORDINATED)
def test_events_fresh_coordinated_triggers(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", RELATIVES)
def test_events_fresh_relative_and_partitive(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", LEXICON)
def test_events_fresh_lexicon_phrases(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", DEPLOY)
def test_events_fresh_deploy_personnel_only(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", NOT_COUNTS)
def test_events_fresh_numbers_counting_nothing(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", SENSES)
def test_events_fresh_non_action_senses(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", ELLIPTIC)
def test_events_fresh_elliptic_sub_counts(nlp, text, expected):
    check(nlp, text, expected)


@pytest.mark.parametrize("text,expected", IDIOMS)
def test_events_fresh_idioms_and_headlines(nlp, text, expected):
    check(nlp, text, expected)
