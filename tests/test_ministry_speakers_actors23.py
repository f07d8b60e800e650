""""The Ministry of Peshmerga Affairs said" names the Peshmerga as speaker, and the enemy's things or people counted
with no agent take the state force that reports them right after the count (branch actors23; docs/actor-rule.md
decision 65). Each row is an invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

AFFAIRS_BEFORE = [
    ("The Ministry of Peshmerga Affairs said its forces destroyed 4 ISIS tunnels in the Qarachogh mountains in Erbil.",
     "4", "PESHMERGA"),
    ("The Ministry of Peshmerga Affairs said in a statement that 7 ISIS suspects were arrested in Garmiyan during "
     "March.", "7", "PESHMERGA"),
    ("In a statement, the Ministry of Peshmerga Affairs said two ISIS militants were killed when they attacked a post "
     "near Kifri in Sulaimani.", "two", "PESHMERGA"),
    ("The Ministry of Peshmerga Affairs announced on Sunday that 3 ISIS caves were blown up near Makhmour in Erbil.",
     "3", "PESHMERGA"),
]

SPEAKER_AFTER = [
    ("Five ISIS hideouts were destroyed in the Kifri area of Sulaimani, the Ministry of Peshmerga Affairs said on "
     "Monday.", "Five", "PESHMERGA"),
    ("Twelve PKK shelters were destroyed in the Gara region, the Turkish defence ministry said on Friday.", "Twelve",
     "TURKISH-FORCES"),
    ("Six ISIS rocket launchers were seized in the orchards of Khalis in Diyala, the Diyala Police Command said.",
     "Six", "IRAQI-POLICE"),
    ("Two PKK weapons depots were destroyed near Amadiya in Duhok, the defence ministry in Ankara said.", "Two",
     "TURKISH-FORCES"),
]

NOT_A_SPEAKERS_RESULT = [
    # the speaker's own losses: no result of its own (rule 5)
    ("Two Peshmerga fighters were wounded near Makhmour in Erbil, the Ministry of Peshmerga Affairs said.", "Two",
     None),
    ("Three civilians were wounded near Kifri in Sulaimani, the Ministry of Peshmerga Affairs said.", "Three", None),
    # a person's name before the verb stays a person's
    ("Three ISIS hideouts were destroyed near Kirkuk, said Brig. Gen. Ali Hassan.", "Three", None),
    ("Four tunnels were destroyed in Hajin in Deir ez-Zor, the SDF said.", "Four", "SDF"),
]


@pytest.mark.parametrize("text,count,actor_id", AFFAIRS_BEFORE + SPEAKER_AFTER + NOT_A_SPEAKERS_RESULT)
def test_ministry_speakers_report_their_force_results(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
