"""opstally_scope, round 7: classes the cold scope7 batch showed (docs/scope-rule.md, decisions of
the scope7 round). One phrasing table per class; phrasings vary register, order and names."""
import pytest

from section5_helpers import published_events, scopes_by_count


# ---- a sentence that points back to a running total sums the same total -------------------------

@pytest.mark.parametrize("text,total,later", [
    ("Monitors say ISIS cells have staged 112 attacks in Deir ez-Zor since early 2024. "
     "These attacks left 64 people dead, most of them fighters.", "112", "64"),
    ("Since 2017, the brigade has carried out 930 raids in the Jazira desert. "
     "The raids netted 410 suspects, according to its commander.", "930", "410"),
    ("So far, police in Kirkuk have detained 57 suspects over the bombings. "
     "Of those arrested, 19 were foreigners.", "57", "19"),
    ("Turkish drones have carried out 240 strikes in the region since January 2023. "
     "Those strikes killed 88 people, local officials say.", "240", "88"),
])
def test_scope_a_pointer_back_to_a_running_total_is_cumulative(nlp, text, total, later):
    scopes = scopes_by_count(nlp, text)
    assert scopes.get(later) == "cumulative" and scopes.get(total, "cumulative") == "cumulative", scopes


@pytest.mark.parametrize("text,total,later", [
    ("Since 2019, the police have carried out 300 raids in Hawija.\n\n"
     "The raids in Riyadh district netted 40 suspects on Sunday.", "300", "40"),
    ("Since January, the SDF has detained 150 suspects in al-Hol.\n\n"
     "These operations went on in Hasakah, where the Asayish arrested 3 women in a raid on Tuesday.", "150", "3"),
    ("So far, jets have flown 90 sorties over the Badia.\n\n"
     "The strikes near Sukhnah on Friday killed 6 fighters in an ambush.", "90", "6"),
    ("Since the start of the campaign, engineers have defused 500 bombs in Mosul.\n\n"
     "In Tal Afar, troops killed 2 gunmen in a clash at dawn.", "500", "2"),
])
def test_scope_a_pointer_back_that_names_its_own_day_or_occasion_stays_an_incident(nlp, text, total, later):
    scopes = scopes_by_count(nlp, text)
    assert scopes.get(total) == "cumulative" and scopes.get(later) == "incident", scopes


@pytest.mark.parametrize("text,later", [
    ("Since 2020, the army has detained 900 suspects in Anbar. Police then held 31 people in a week-long "
     "crackdown in Ramadi. Among those detained were 2 brothers who ran a money exchange.", "2"),
    ("So far the SDF has captured 700 cell members. Over the past 24 hours it carried out 12 raids in Shuhayl. "
     "These raids netted 9 suspects.", "9"),
    ("Jets have flown 400 sorties since the operation began. In March alone, they flew 60 sorties over Hajin. "
     "The strikes destroyed 14 tunnels.", "14"),
    ("To date, 1,300 militants have surrendered in Kirkuk. The Kirkuk Operations Command arrested 6 men "
     "during dawn raids on two villages near Hawija.", "6"),
])
def test_scope_a_pointer_back_after_a_later_window_or_a_name_is_no_running_total(nlp, text, later):
    scopes = scopes_by_count(nlp, text)
    assert scopes.get(later) not in (None, "cumulative"), scopes


@pytest.mark.parametrize("text,later", [
    ("Since 2021, police have detained 420 suspects in Kirkuk. On Wednesday, officers raided a farm near "
     "Dibis, killing 3 gunmen. Among those captured were 2 emirs.", "2"),
    ("The SDF has held 800 people so far. Commandos seized 5 rifles in a raid on Shuhayl on Friday. "
     "The raids also netted 4 suspects.", "4"),
    ("Coalition jets have flown 950 sorties since the campaign began. Yesterday aircraft hit 7 targets near "
     "Hajin. The strikes destroyed 3 tunnels.", "3"),
    ("To date, the army has cleared 60 villages. Troops killed 8 militants in an ambush on Monday near Tuz. "
     "Of those killed, 2 were commanders.", "2"),
])
def test_scope_a_pointer_back_after_a_dated_incident_is_no_running_total(nlp, text, later):
    scopes = scopes_by_count(nlp, text)
    assert scopes.get(later) not in (None, "cumulative"), scopes


# ---- a window or day after "said that" opens the reported clause: it dates the action ----------

@pytest.mark.parametrize("text,count,scope,date", [
    ("The camp's director said that over the weekend, 63 residents were detained in the annex.", "63",
     "period", "2024-06-09"),
    ("A Peshmerga officer told Rudaw that on Saturday his unit killed 4 infiltrators near Makhmour.", "4",
     "incident", "2024-06-08"),
    ("Police sources confirmed that on Friday officers seized 120 kilograms of explosives in Tarmiyah.", "120",
     "incident", "2024-06-07"),
    ("The monitor reported that at the weekend ISIS gunmen killed 7 shepherds in the Badia.", "7",
     "period", "2024-06-09"),
])
def test_scope_a_window_after_said_that_dates_the_reported_action(nlp, text, count, scope, date):
    (event,) = [e for e in published_events(nlp, text, "2024-06-10") if e["count"]["text"] == count]
    assert (event["scope"], event["date"]) == (scope, date), event


@pytest.mark.parametrize("text,count", [
    ("The SDF said on Sunday that its fighters had detained 9 suspects in Hajin.", "9"),
    ("Iraq's military announced on Saturday that troops killed 6 militants in the Hamrin range.", "6"),
    ("The ministry stated Friday that 30 people were arrested in Basra.", "30"),
    ("Officials told AFP on Monday the strikes destroyed 12 caves.", "12"),
])
def test_scope_a_day_right_after_said_still_dates_the_report(nlp, text, count):
    (event,) = [e for e in published_events(nlp, text, "2024-06-10") if e["count"]["text"] == count]
    assert (event["scope"], event["date_precision"]) == ("incident", "week"), event


# ---- a span named by its days ("on Saturday and Sunday") is a closed window --------------------

@pytest.mark.parametrize("text,count,end,start", [
    ("Turkish jets struck 24 sites in Qandil on Saturday and Sunday, Ankara said.", "24", "2024-06-09", "2024-06-08"),
    ("Between Monday and Wednesday, police in Mosul arrested 31 suspects.", "31", "2024-06-05", "2024-06-03"),
    ("From Tuesday to Thursday the SDF detained 18 men in Shuhayl and Dhiban.", "18", "2024-06-06", "2024-06-04"),
    ("Army engineers defused 40 bombs in Rawa on Friday and Saturday.", "40", "2024-06-08", "2024-06-07"),
])
def test_scope_a_span_named_by_its_days_is_a_period(nlp, text, count, end, start):
    (event,) = [e for e in published_events(nlp, text, "2024-06-10") if e["count"]["text"] == count]
    assert (event["scope"], event["date"], event["period_start"]) == ("period", end, start), event


@pytest.mark.parametrize("text,count", [
    ("On Sunday troops killed 3 militants near Hit and on Monday they seized 7 rifles.", "3"),
    ("Police detained 5 men in Kirkuk on Sunday.", "5"),
    ("The SDF said on Saturday and again on Sunday that it had captured 6 fighters in a raid.", "6"),
    ("Gunmen killed 2 farmers on Thursday night near Tuz.", "2"),
])
def test_scope_a_single_day_stays_an_incident(nlp, text, count):
    (event,) = [e for e in published_events(nlp, text, "2024-06-10") if e["count"]["text"] == count]
    assert event["scope"] == "incident", event


# ---- a lead's window reaches the bare tally lines of the list under it, past its dated items ---

@pytest.mark.parametrize("text,count", [
    ("The CTS carried out 37 operations during November, killing 15 terrorists.\nAmong the operations:\n"
     "- In Anbar, commandos killed 4 fighters in a cave on November 12.\n- 22 hideouts were destroyed.", "22"),
    ("Over the past week the army conducted 60 raids in Diyala, its statement said.\nHighlights:\n"
     "- On Tuesday, troops killed 3 gunmen near Khanaqin.\n- 14 suspects detained.", "14"),
    ("In October, Peshmerga units cleared 12 villages north of Kifri.\nDetails:\n"
     "* Engineers blew up 6 tunnels near Qara Tapa on October 9.\n* 40 explosive devices dismantled.", "40"),
    ("Last month the SDF detained 85 people across Deir ez-Zor, according to its figures.\nOf note:\n"
     "- Commandos captured 2 emirs in Shuhayl on the 14th.\n- 31 rifles seized.", "31"),
])
def test_scope_a_lead_window_reaches_the_bare_lines_of_its_list(nlp, text, count):
    scopes = scopes_by_count(nlp, text)
    assert scopes.get(count) == "period", scopes


@pytest.mark.parametrize("text,count", [
    ("The CTS carried out 37 operations during November, killing 15 terrorists.\n\n"
     "- 22 rifles were seized at a checkpoint in Rutba on Sunday.", "22"),
    ("In October, Peshmerga units cleared 12 villages north of Kifri.\nDetails:\n"
     "* Engineers blew up 6 tunnels in a raid near Qara Tapa.", "6"),
    ("Over the past week the army conducted 60 raids in Diyala.\nHighlights:\n"
     "- On Tuesday, troops killed 3 gunmen near Khanaqin.", "3"),
    ("Last month the SDF detained 85 people across Deir ez-Zor.\nOf note:\n"
     "- 2 emirs were captured in an ambush near Shuhayl.", "2"),
])
def test_scope_a_list_item_with_its_own_day_or_occasion_stays_an_incident(nlp, text, count):
    scopes = scopes_by_count(nlp, text)
    assert scopes.get(count) == "incident", scopes


# ---- a cell broken up is one occasion: a month before it only dates it -------------------------

@pytest.mark.parametrize("text,count", [
    ("In April, an ISIS cell planning attacks in Erbil was broken up and its 5 members were arrested.", "5"),
    ("In March, the Asayish dismantled a four-man cell in Koya and detained 4 suspects.", "4"),
    ("Last month police busted an IS financing cell in Mosul, arresting 6 people.", "6"),
    ("In May, intelligence officers broke up a sleeper cell in Tarmiyah, detaining 3 men.", "3"),
])
def test_scope_a_cell_broken_up_is_one_occasion(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("In March, the Asayish dismantled 12 cells and arrested 40 suspects.", "40"),
    ("During January, police broke up several cells and arrested 55 suspects across Kirkuk.", "55"),
    ("Last month the SDF detained 31 cell members in Deir ez-Zor.", "31"),
    ("In October, security forces dismantled cells in Diyala, detaining 27 people.", "27"),
])
def test_scope_cells_broken_up_over_a_month_stay_a_period(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "period"


# ---- one push or operation named with "where"/"in which" is an occasion, also in a review ------

@pytest.mark.parametrize("text,count", [
    ("Over the course of 2023, the coalition conducted 900 strikes. The year opened with the final push on "
     "the Baghouz pocket, where the SDF freed 3,600 square kilometres.", "3,600"),
    ("In 2022 the army carried out 500 operations. In the spring came the offensive in the Hamrin hills, "
     "during which troops killed 41 militants.", "41"),
    ("Last month, police raided 30 homes. The biggest came with a raid on a farm near Tarmiyah, where "
     "officers arrested 9 suspects.", "9"),
    ("So far this year the Peshmerga have cleared 70 villages. In June they launched an assault on the "
     "Qara Chokh ridge, in which they killed 12 fighters.", "12"),
])
def test_scope_one_push_named_with_where_is_an_occasion(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("In 2023, the SDF detained 800 people in raids on al-Hol camp, where cells are active.", "800"),
    ("Over the past week, jets flew 60 sorties over the Badia, where ISIS still hides.", "60"),
    ("Since 2019 the army has cleared 120 villages in the Hamrin range, where the group retreated.", "120"),
    ("During October, police arrested 44 people in Basra, where smuggling is rife.", "44"),
])
def test_scope_a_place_named_with_where_keeps_the_window(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) != "incident"


# ---- an occasion with a count of its own belongs to that count, not to the window's count -------

@pytest.mark.parametrize("text,count", [
    ("Turkish jets struck 24 sites in Qandil on Saturday and Sunday, the ministry said, in retaliation for "
     "the killing of 9 soldiers on Friday.", "24"),
    ("Over the weekend police detained 17 suspects after the killing of two officers in Tarmiyah.", "17"),
    ("Last week the army arrested 40 people in Hawija, following the killing of 3 farmers nearby.", "40"),
    ("In March the SDF rounded up 65 men in Shuhayl over the killing of 4 of its fighters.", "65"),
])
def test_scope_an_occasion_with_its_own_count_leaves_the_window(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "period"


@pytest.mark.parametrize("text,count", [
    ("Police detained 17 suspects over the weekend in a raid on a farm near Tarmiyah.", "17"),
    ("Last week gunmen killed 3 farmers in an ambush near Hawija.", "3"),
    ("In March, an attack on a checkpoint in Shuhayl killed 4 SDF fighters.", "4"),
    ("Over the weekend 2 soldiers were killed when a roadside bomb hit their patrol near Tuz.", "2"),
])
def test_scope_an_occasion_without_a_count_of_its_own_still_dates_the_count(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "incident"


@pytest.mark.parametrize("text,count", [
    ("Police detained 40 people in Hawija following the killing of 3 farmers there last month.", "40"),
    ("The SDF arrested 65 men accused of taking part in the killing of 4 of its fighters in 2019.", "65"),
    ("Officers arrested 12 suspects over the killing of two shepherds near Amerli last week.", "12"),
    ("Troops rounded up 9 men after the killing of 5 pilgrims during Arbaeen.", "9"),
])
def test_scope_a_window_after_the_other_counts_occasion_is_that_occasions(nlp, text, count):
    assert scopes_by_count(nlp, text).get(count) == "incident"
