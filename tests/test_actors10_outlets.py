"""Actors in the register of news outlets (issue 10, cold batch train_actors10; docs/actor-rule.md):
- a reported clause ("The cell announced that Iraqi jets destroyed a hideout, killing four") gives
  its participle the reported subject, not the reporter ("the cell" is no hostile cell);
- "Factions / contingents of X" as a subject name X;
- a definite bombardment ("the shelling", "the bombardment") that killed or wounded civilians refers
  back to the side the text told doing it (actor-rule 2), the lead of a coordinated subject;
- "a joint operation with <air partner>" reported by a force: that force acts; a ground partner acts;
- "…, following an ISIS ambush that killed seven": the attack antecedent of the relative names its group.

Each row is a short invented text, the count it is about and the family of its event's actor."""
import pytest

from actors_helpers import check_row

REPORTED_CLAUSE = [
    ("The Security Media Cell announced on Sunday that army aviation helicopters had bombed a Daesh den "
     "near Rutba, killing five terrorists inside it.", "five", "ISF"),
    ("The cell said that Iraqi F-16s destroyed a cave used by ISIS remnants in the Hamrin range, killing 3 "
     "militants.", "3", "ISF"),
    ("Security sources told Shafaq News that the Federal Police stormed a farm in Tarmiyah, arresting 6 "
     "suspects.", "6", "ISF"),
    ("The Kurdistan Region Security Council stated that the Asayish raided a house in Kalar, detaining "
     "two ISIS financiers.", "two", "KRG"),
    ("The SDF said that its fighters stormed a hideout in Diban, killing 2 ISIS members.", "2", "SDF"),
    ("The media cell reported that Iraqi Army Aviation struck a Daesh hideout in Wadi Hauran, killing 6 "
     "terrorists.", "6", "ISF"),
]


@pytest.mark.parametrize("text,count,fam", REPORTED_CLAUSE)
def test_actors10_participle_takes_the_reported_subject(nlp, text, count, fam):
    check_row(nlp, text, count, actor=fam)


FACTIONS_OF = [
    ("Factions of the Syrian National Army shelled villages near Tal Tamr, wounding three civilians.",
     "three", "SYRIAN-NATIONAL-ARMY"),
    ("Factions of the Ankara-backed Syrian National Army opened fire on a car near Manbij, killing two "
     "civilians.", "two", "SYRIAN-NATIONAL-ARMY"),
    ("Contingents of the PMF swept the Jazeera desert and arrested 6 suspects.", "6", "PMF"),
    ("Factions of the SNA raided the village of Arima and detained 9 young men.", "9", "SYRIAN-NATIONAL-ARMY"),
    ("Factions of the Turkish-backed Syrian National Army stormed a farm near Ras al-Ain, injuring 4 "
     "civilians.", "4", "SYRIAN-NATIONAL-ARMY"),
    ("Factions of the Syrian National Army shelled Ain Issa at dawn, killing 2 civilians, the SDF said.", "2",
     "SYRIAN-NATIONAL-ARMY"),
]


@pytest.mark.parametrize("text,count,fam", FACTIONS_OF)
def test_actors10_factions_of_a_force_name_it(nlp, text, count, fam):
    check_row(nlp, text, count, actor=fam)


BOMBARDMENT_TOLD = [
    ("Turkish forces and their allied SNA factions shelled villages near Tal Tamr on Monday. The shelling "
     "killed a woman and wounded four other civilians.", "four", "TURKISH-FORCES"),
    ("Regime forces pounded the town of Ariha overnight. The bombardment killed 5 civilians, a local "
     "source said.", "5", "SYRIAN-ARAB-ARMY"),
    ("Villages near Ain Issa were shelled by Turkish forces at dawn. The bombardment wounded 3 civilians, "
     "local sources said.", "3", "TURKISH-FORCES"),
    ("Russian forces bombed a market on the edge of Idlib on Friday. The bombing killed 7 civilians and "
     "wounded 12 others, rescuers said.", "7", "RUSSIAN-FORCES"),
]


@pytest.mark.parametrize("text,count,fam", BOMBARDMENT_TOLD)
def test_actors10_the_bombardment_refers_back_to_its_side(nlp, text, count, fam):
    check_row(nlp, text, count, actor=fam)


# an unowned means, or a bombardment the text never told, still names nobody
BOMBARDMENT_UNTOLD = [
    ("A mortar shell wounded 3 civilians in Ariha on Friday.", "3"),
    ("Unknown gunmen opened fire on a bus near Tafas. The shelling later killed 2 civilians.", "2"),
    ("The shelling killed 4 civilians in the village, residents said.", "4"),
    ("A roadside bomb killed 2 shepherds near Mandali.", "2"),
]


@pytest.mark.parametrize("text,count", BOMBARDMENT_UNTOLD)
def test_actors10_untold_bombardment_names_nobody(nlp, text, count):
    check_row(nlp, text, count, actor_id=None)


JOINT_WITH_PARTNER = [
    ("The SDF said on Thursday that a joint operation with the Global Coalition had netted two ISIS "
     "officials in Hasakah.", "two", "SDF"),
    ("The Iraqi army said a joint raid with the US-led coalition had killed 3 ISIS militants near "
     "Makhmour.", "3", "ISF"),
    ("Peshmerga forces said on Monday that a joint operation with coalition forces had captured 4 "
     "suspects in Garmiyan.", "4", "KRG"),
    ("In Syria, partnered missions with the Syrian Democratic Forces killed 14 operatives.", "14", "SDF"),
    ("In Syria, partnered missions with the U.S.-led forces killed 96 operatives.", "96", "CJTF-OIR"),
]


@pytest.mark.parametrize("text,count,fam", JOINT_WITH_PARTNER)
def test_actors10_air_partner_of_a_reported_operation_only_supports(nlp, text, count, fam):
    check_row(nlp, text, count, actor=fam)


# "<group's attack> that killed N" after the main clause of another force (batch 2, a10-0104): the
# attack names its attacker (actor-rule 1); an unowned means in a relative clause still names nobody
ATTACK_ANTECEDENT = [
    ("Russian warplanes carried out around 40 airstrikes on ISIS hideouts near Rusafa, following an ISIS "
     "ambush that killed seven members of the Syrian government forces a day earlier.", "seven", "ISIS"),
    ("Coalition jets struck ISIS caves in the Hamrin range, after a Daesh attack that killed three members "
     "of the Iraqi army on Sunday.", "three", "ISIS"),
    ("Peshmerga commanders met in Erbil to review a Daesh ambush which wounded 5 of their fighters near "
     "Qarachogh.", "5", "ISIS"),
    ("Iraqi F-16s bombed hideouts in Wadi Houran after an ISIS ambush that killed four members of the Iraqi "
     "army near Rutba.", "four", "ISIS"),
    ("Turkish drones hit PKK positions in Qandil, two days after a PKK raid that wounded 4 members of the "
     "Turkish army near the border.", "4", "PKK"),
    ("On 21 November, ISIS mercenaries detonated a car bomb in Tal Abyad that killed 9 civilians.", "9", "ISIS"),
    ("The army sent reinforcements after a roadside bomb that killed 2 soldiers near Baiji.", "2", None),
]


@pytest.mark.parametrize("text,count,fam", ATTACK_ANTECEDENT)
def test_actors10_attack_antecedent_of_a_relative_names_its_group(nlp, text, count, fam):
    check_row(nlp, text, count, actor=fam)
