"""Values written in wordings no rule read: a council's decision to join dated in the decision's own words, its
joining told by an infinitive ("resolved on 3 June 2026 to join", "a décidé le 3 juin d'adhérer", "acordó adherirse",
"ha deliberato di aderire", "hat beschlossen, ... beizutreten") or, in German, by the noun before the closing
participle ("hat an seiner Sitzung vom 3. Juni den Beitritt ... beschlossen"), the membership the network then
confirmed dating it instead; a network's president by a Spanish or Italian verb with the network as its pronoun,
the adverb of time after the verb ("La preside actualmente ...") or the mayor named by office alone ("... el alcalde
de Angol"); a member since the founding of the network named by its common noun ("socia desde la constitución de la
asociación, en 1994")."""

import pytest

from tests.helpers.extracted import claims_of_sentence, values_of


# The council's decision to join, its day between the decision and the joining, after the joining, or, in German,
# between the auxiliary and the closing participle.
@pytest.mark.parametrize("lang, text", [
    ("en", "Council passed a resolution on 3 June 2026 to join Eurocities."),
    ("en", "The council resolved to join Eurocities on 3 June 2026."),
    ("fr", "Le conseil municipal a décidé le 3 juin 2026 d'adhérer à Eurocities."),
    ("fr", "Le conseil municipal a voté le 3 juin 2026 pour adhérer à Eurocities."),
    ("es", "El Pleno acordó el 3 de junio de 2026 adherirse a Eurocities."),
    ("it", "Il Consiglio comunale ha deliberato il 3 giugno 2026 di aderire a Eurocities."),
    ("de", "Der Stadtrat hat am 3. Juni 2026 beschlossen, Eurocities beizutreten."),
    ("de", "Der Stadtrat hat an seiner Sitzung vom 3. Juni 2026 den Beitritt der Stadt zu Eurocities beschlossen."),
    ("de", "Der Gemeinderat hatte in seiner Sitzung am 3. Juni 2026 den Beitritt zum Netzwerk Eurocities genehmigt."),
])
def test_a_councils_decision_to_join_dates_the_joining_by_its_day(lang, text):
    assert values_of("joined", f"<p>{text}</p>", lang) == {("eurocities", "2026-06-03")}


# Traps: a decision not to join, or to join later, dates no joining; nor does one to join an event, a campaign or
# forces with another city.
@pytest.mark.parametrize("text", [
    "The council decided not to join Eurocities on 3 June 2026.",
    "Le conseil municipal a décidé le 3 juin 2026 de ne pas adhérer à Eurocities.",
    "El Pleno votó el 3 de junio de 2026 en contra de adherirse a la red.",
    "Council voted on 3 June 2026 to join the Eurocities campaign.",
    "Il Consiglio ha deliberato il 3 giugno 2026 di aderire alla campagna di Eurocities.",
    "Council decided on 3 June 2026 to join forces with Lyon.",
    "Der Stadtrat hat am 3. Juni 2026 beschlossen, der Kampagne beizutreten.",
])
def test_a_decision_not_to_join_or_to_join_something_else_dates_no_joining(text):
    assert ("joined", "2026-06-03") not in claims_of_sentence(text)


# The day of the decision replaces the year another rule read from the same words, never adds to it.
def test_the_decisions_day_replaces_its_year_alone():
    assert [value for attribute, value in claims_of_sentence(
        "Der Stadtrat hat am 3. Juni 2026 beschlossen, der Europäischen Städtekoalition gegen Rassismus beizutreten.")
        if attribute == "joined"] == ["2026-06-03"]


# The network confirms the membership later in the same sentence: that day is the joining, not the council's vote.
def test_the_day_the_network_confirmed_the_membership_is_the_joining():
    text = ("<p>Council voted at its meeting on 26 February to join Mayors for Peace, and the network's secretariat in "
            "Hiroshima confirmed the membership on 10 March 2026.</p>")
    assert values_of("joined", text, "en") == {("mayors-for-peace", "2026-03-10")}


# The network as the pronoun before a present verb of presiding, the adverb of time before or after it, the president
# named or a mayor named by office alone.
@pytest.mark.parametrize("text, president", [
    ("La preside actualmente el alcalde de Angol.", "el alcalde de Angol"),
    ("Actualmente la preside el alcalde de Angol y la vicepresidencia recae en Temuco.", "el alcalde de Angol"),
    ("La preside actualmente Carolina Leitao.", "Carolina Leitao"),
    ("La presiede attualmente il sindaco di Torino.", "il sindaco di Torino"),
    ("Oggi la presiede il sindaco di Torino, Stefano Lo Russo.", "Stefano Lo Russo"),
    ("La presiede attualmente Carlo Rossi.", "Carlo Rossi"),
])
def test_a_pronoun_for_the_network_then_its_president(text, president):
    assert ("president", president) in claims_of_sentence(text)


# Traps: a past presidency, an Italian head teacher ("la preside"), a city's own council that its mayor chairs.
@pytest.mark.parametrize("text", [
    "La presidió el alcalde de Angol.",
    "La preside Maria Rossi ha accolto gli studenti.",
    "El Concejo Municipal lo preside actualmente el alcalde de Temuco.",
    "Il Consiglio comunale lo presiede attualmente il sindaco di Torino.",
])
def test_no_president_from_a_past_verb_a_head_teacher_or_a_citys_council(text):
    assert not [value for attribute, value in claims_of_sentence(text) if attribute == "president"]


# A member since the founding of the network, named by its common noun: the city joined in the founding year the
# sentence gives, which founds the network too.
@pytest.mark.parametrize("text", [
    "La Municipalidad es socia desde la constitución de la asociación, en 1994.",
    "La ciudad es socia desde la creación de la red en 1994.",
    "La Ville est membre depuis la création du réseau en 1994.",
    "The city has been a member since the founding of the network in 1994.",
    "Il Comune è socio dalla costituzione dell'associazione, nel 1994.",
    "Die Stadt ist seit der Gründung des Vereins im Jahr 1994 Mitglied.",
])
def test_a_member_since_the_networks_founding_joined_in_its_year(text):
    assert {("joined", "1994"), ("founded", "1994")} <= set(claims_of_sentence(text))


# Traps: the founding of another body (the city's own), or a year the founding of the network is given for in a
# sentence where the city does something else or joined at another date.
@pytest.mark.parametrize("text", [
    "La Ville est membre depuis la création de la Ville en 1994.",
    "The city has been a member since the founding of the city in 1994.",
    "La ville organise le festival depuis la création du réseau en 1994.",
    "La Ville est membre depuis 2001 ; la création du réseau date de 1994.",
])
def test_no_joining_from_another_bodys_founding_or_another_verb(text):
    assert ("joined", "1994") not in claims_of_sentence(text)
