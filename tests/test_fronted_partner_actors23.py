"""A force named in a fronted "with" phrase is no member of the subject after the comma ("In a joint operation with
the coalition, the SDF captured 6"), and "our forces in the SDF" names the SDF (branch actors23; docs/actor-rule.md
decision 64). Each row is an invented text, the count, and the actor_id it must have."""
import pytest

from actors_helpers import check_row

FRONTED_WITH = [
    ("In a joint operation with the coalition, the SDF captured 6 ISIS members in al-Busayrah in Deir ez-Zor.", "6",
     "SDF"),
    ("In coordination with the Peshmerga, the Iraqi army arrested 3 suspects in Makhmour in Erbil.", "3", "IRAQI-ARMY"),
    ("In a joint raid with US forces, the Asayish detained 4 ISIS members in al-Hol camp in Hasakah.", "4",
     "SDF-ASAYISH"),
    ("Alongside the Tribal Mobilisation, the Federal Police killed 2 ISIS members near Rutba in Anbar.", "2",
     "FEDERAL-POLICE"),
]

MEMBER_OF = [
    ("HASAKAH – In a joint operation with the International Coalition, our forces in the Syrian Democratic Forces "
     "captured a senior ISIS official and five of his aides in al-Shaddadi.", "five", "SDF"),
    ("With the support of the Global Coalition, our units in the Deir ez-Zor Military Council arrested 4 ISIS members "
     "in Dhiban in Deir ez-Zor.", "4", "SDF"),
    ("In coordination with coalition aircraft, our forces within the Peshmerga destroyed 5 ISIS hideouts in the "
     "Qarachogh mountains in Erbil.", "5", "PESHMERGA"),
    ("Together with the army, our fighters in the PMF killed 3 ISIS infiltrators near Baiji in Salahuddin.", "3", "PMF"),
]

LISTS_STAY = [
    ("The army, the police and the PMF killed 7 ISIS members in the Hamrin mountains in Kirkuk.", "7", "IRAQI-ARMY"),
    ("The SDF, the Asayish and coalition forces detained 5 suspects in Hajin in Deir ez-Zor.", "5", "SDF"),
    ("With the support of coalition aircraft, the Iraqi army killed 9 ISIS militants in the Hamrin mountains in "
     "Kirkuk.", "9", "IRAQI-ARMY"),
    ("Backed by US helicopters, the SDF killed 2 ISIS members in Hajin in Deir ez-Zor.", "2", "SDF"),
]


@pytest.mark.parametrize("text,count,actor_id", FRONTED_WITH + MEMBER_OF + LISTS_STAY)
def test_fronted_partner_force_after_the_comma_acts(nlp, text, count, actor_id):
    check_row(nlp, text, count, actor_id=actor_id)
