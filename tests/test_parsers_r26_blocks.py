"""A value in a block with its network: "the same year" dated by the block's own year, a timeline entry's or its
sentence's."""

import pytest
from helpers.extracted import card, triples_of_snippet

from scraper.parsers.text import split_sentences


def _entry(year: str, title: str, text: str) -> str:
    """A timeline's entry: its year in a label of its own, a heading, then its text."""
    return (f"<ol class='timeline'><li class='timeline__item'><span class='timeline__year'>{year}</span>"
            f"<div class='timeline__content'><h3>{title}</h3><p>{text}</p></div></li></ol>")


# "The same year" with no year in the sentence before is the one year its own sentence gave before the words: the
# year of a timeline's entry, or a date opening the sentence.
@pytest.mark.parametrize("body, lang, network, year", [
    (_entry("2014", "Red Chilena de Municipios ante el Cambio Climático", "Valdivia es uno de los municipios "
            "pioneros de la Red Chilena de Municipios ante el Cambio Climático, fundada ese mismo año."), "es",
     "red-chilena-de-municipios-ante-el-cambio-climatico", "2014"),
    (_entry("1986", "Eurocities", "Lyon participe aux premières rencontres d'Eurocities, réseau fondé la même année "
            "à Rotterdam."), "fr", "eurocities", "1986"),
    (_entry("1990", "Klima-Bündnis", "Die Stadt unterstützt das Klima-Bündnis, das im selben Jahr in Frankfurt "
            "gegründet wird."), "de", "climate-alliance", "1990"),
    ("<p>In 1986, Lyon took part in the first meeting of Eurocities, a network founded the same year.</p>", "en",
     "eurocities", "1986"),
    (card("Città del Vino", "Nel 1987 Arezzo aderisce all'associazione Città del Vino, fondata nello stesso anno."),
     "it", "associazione-nazionale-citta-del-vino", "1987"),
])
def test_the_same_year_is_the_year_its_own_block_gave(body, lang, network, year):
    founded = {value for owner, attribute, value in triples_of_snippet(body, lang)
               if owner == network and attribute == "founded"}
    assert founded == {year}


# Traps: "the same year as/in which" compares two events and is read by its clause; a sentence before with its own
# year keeps giving it; two years before the words leave "the same year" unread.
def test_the_same_year_opening_a_clause_is_not_rewritten():
    triples = triples_of_snippet("<p>Lyon est membre d'Eurocities depuis 1989, la même année où la Ville accueille "
                                 "un congrès.</p>", "fr")
    assert not any(attribute == "founded" for _, attribute, _ in triples)


def test_two_years_before_the_words_leave_them_unread():
    triples = triples_of_snippet("<p>Entre 1990 y 2004 Valdivia colaboró con Mercociudades, fundada ese mismo "
                                 "año.</p>", "es")
    assert not any(attribute == "founded" for _, attribute, _ in triples)


def test_the_sentence_before_still_gives_its_year():
    triples = triples_of_snippet("<p>En 2004 la Ville accueille un congrès. L'AIMF, créée en 1979, ouvre la même "
                                 "année un bureau à Lyon.</p>", "fr")
    assert ("aimf", "founded", "1979") in triples


# The abbreviated noun of a number before its figure does not end the sentence: the decision's number and date
# stay in the clause that tells the joining.
@pytest.mark.parametrize("body, lang, network, joined", [
    ("<p>Con la delibera di Giunta n. 198 del 9 settembre 2025 il Comune ha aderito ad Avviso Pubblico.</p>", "it",
     "avviso-pubblico", "2025-09-09"),
    ("<p>By Council resolution No. 45 of 12 March 2019, the City joined Energy Cities.</p>", "en", "energy-cities",
     "2019-03-12"),
    ("<p>Mit Beschluss Nr. 198 vom 9. September 2021 ist die Stadt dem Klima-Bündnis beigetreten.</p>", "de",
     "climate-alliance", "2021-09-09"),
    (card("Mercociudades", "Mediante el acuerdo núm. 12 del 4 de mayo de 2018, la ciudad se adhirió a "
          "Mercociudades."), "es", "mercociudades", "2018-05-04"),
])
def test_a_number_abbreviation_does_not_end_the_sentence(body, lang, network, joined):
    assert (network, "joined", joined) in triples_of_snippet(body, lang)


# Trap: the word "no" ending a sentence before one that opens on a year still ends it.
def test_the_word_no_still_ends_a_sentence():
    assert split_sentences("The council said no. 2014 was the year the city joined Eurocities.") == [
        "The council said no.", "2014 was the year the city joined Eurocities."]


def _teaser(title: str, text: str, when: str = "2025-10-14") -> str:
    """A news list's teaser card: its title, its date, then its excerpt."""
    return (f"<ul class='cards'><li class='card card--news'><a class='card__link' href='/actualites/item/'>"
            f"<div class='card__body'><h2 class='card__title'>{title}</h2><p class='card__date'>"
            f"<time datetime='{when}'>{when}</time></p><p class='card__excerpt'>{text}</p></div></a></li></ul>")


# A news teaser's count is the network's when a verb in the present says whom it serves: as the news is written.
@pytest.mark.parametrize("body, lang, network, count", [
    (_teaser("Troyes rejoint le Réseau francophone des villes amies des aînés", "Troyes est membre du RFVAA depuis "
             "septembre. Le réseau accompagne plus de 200 collectivités."), "fr", "rfvaa", "200"),
    (_teaser("Lethbridge joins Energy Cities", "Lethbridge is now a member of Energy Cities. The network supports "
             "more than 1,000 local authorities."), "en", "energy-cities", "1000"),
    (_teaser("Tübingen im Klima-Bündnis", "Tübingen ist Mitglied im Klima-Bündnis. Das Netzwerk unterstützt über "
             "2.000 Kommunen."), "de", "climate-alliance", "2000"),
    (_teaser("Valdivia en Mercociudades", "Valdivia es miembro de Mercociudades. La red representa a más de 300 "
             "ciudades."), "es", "mercociudades", "300"),
    (_teaser("Siracusa aderisce ad Avviso Pubblico", "Siracusa è ora socia di Avviso Pubblico. La rete rappresenta "
             "oltre 500 enti locali."), "it", "avviso-pubblico", "500"),
])
def test_a_teasers_count_served_in_the_present_is_read(body, lang, network, count):
    triples = triples_of_snippet(body, lang, title="Actualités")
    assert any(owner == network and attribute in {"member_cities", "represented_governments"} and value == count
               for owner, attribute, value in triples)


# Traps: the same verb in the past is the figure of its day; the event's participants are no members.
@pytest.mark.parametrize("body, lang", [
    (_teaser("Troyes rejoint le RFVAA", "Troyes est membre du RFVAA. En 2019, le réseau a accompagné 200 "
             "collectivités."), "fr"),
    (_teaser("Energy Cities in Lethbridge", "Energy Cities supports 200 cities at Lethbridge this week."), "en"),
])
def test_a_teasers_count_of_another_time_is_not_read(body, lang):
    assert not any(value == "200" for _, _, value in triples_of_snippet(body, lang, title="Actualités"))


def _figures(*figures: tuple[str, str]) -> str:
    """A band of key figures, each a value and its label in elements of their own."""
    return "<section class='figures'>" + "".join(
        f"<div class='figure'><span class='figure__value'>{value}</span><span class='figure__label'>{label}</span>"
        f"</div>" for value, label in figures) + "</section>"


# A key figure "since" a year, its label beside it in either order, reads as one line: the year and its words.
@pytest.mark.parametrize("heading, figures, lang, network, joined", [
    ("Das Klima-Bündnis tagt in Tübingen", (("1990", "gegründet in Frankfurt am Main"),
                                             ("seit 1993", "ist Tübingen Mitglied")), "de", "climate-alliance", "1993"),
    ("Les assises de l'AFCCRE à Troyes", (("depuis 1991", "la Ville est membre"),), "fr", "afccre", "1991"),
    ("Energy Cities forum in Wollongong", (("Member", "since 2008"),), "en", "energy-cities", "2008"),
    ("Valdivia acoge el encuentro de Mercociudades", (("desde 2007", "Valdivia es miembro"),), "es", "mercociudades",
     "2007"),
    ("Gorizia ospita l'assemblea di Avviso Pubblico", (("Socio", "dal 2019"),), "it", "avviso-pubblico", "2019"),
])
def test_a_key_figure_since_a_year_reads_with_its_label(heading, figures, lang, network, joined):
    assert (network, "joined", joined) in triples_of_snippet(_figures(*figures), lang, title=heading, heading=heading)


# Trap: a figure of a year since when something else holds, a twinning, is no network's joining.
def test_a_key_figure_since_a_year_about_another_matter_is_not_a_joining():
    heading = "Das Klima-Bündnis tagt in Tübingen"
    body = "<p>Die Stadt lädt ein.</p>" + _figures(("seit 1973", "Partnerschaft mit Villach"))
    assert not any(value == "1973" for _, _, value in triples_of_snippet(body, "de", title=heading, heading=heading))


# "Signed on to" is the English phrasal verb of joining, as "signed up to" is: of the network named after it, or the
# one its head noun points back to.
@pytest.mark.parametrize("body, network, joined", [
    ("<p>City Council renewed its commitment to the Coalition of Inclusive Municipalities.</p><p>Lethbridge signed "
     "on to the coalition in 2016.</p>", "coalition-of-inclusive-municipalities", "2016"),
    ("<p>In 2012 the City signed on to Energy Cities.</p>", "energy-cities", "2012"),
    (card("ICLEI", "Wollongong signed on with ICLEI in 2008."), "iclei", "2008"),
])
def test_signed_on_to_is_a_joining(body, network, joined):
    assert (network, "joined", joined) in triples_of_snippet(body, "en")


# Trap: a text signed on to, a network's charter, is no joining of the network.
def test_signing_on_to_a_networks_charter_is_no_joining():
    triples = triples_of_snippet("<p>In 2019 the City signed on to the Eurocities Declaration on Work.</p>", "en")
    assert ("eurocities", "joined", "2019") not in triples


# A German passive may name the place before its subject: "wird in Fès die Organisation ... gegründet"; the place is
# the founding's when the network is the subject right before the participle.
@pytest.mark.parametrize("body, network, place", [
    (_entry("1993", "Aufnahme in die Welterbeliste", "Die UNESCO nimmt die Altstadt in die Welterbeliste auf. Im "
            "selben Jahr wird in Fès die Organisation der Welterbestädte gegründet."), "owhc", "Fès"),
    ("<p>1986 wurde in Rotterdam das Netzwerk Eurocities gegründet.</p>", "eurocities", "Rotterdam"),
    (card("Klima-Bündnis", "1990 wird in Frankfurt am Main das Klima-Bündnis ins Leben gerufen."), "climate-alliance",
     "Frankfurt am Main"),
])
def test_a_german_founding_place_before_its_subject(body, network, place):
    assert (network, "founded_place", place) in triples_of_snippet(body, "de")


# Trap: a body of the network founded there is not the network ("die Arbeitsgruppe von Eurocities").
def test_a_body_of_the_network_founded_there_gives_no_place():
    triples = triples_of_snippet("<p>2019 wird in Bonn die Arbeitsgruppe Klima von Eurocities gegründet.</p>", "de")
    assert not any(attribute == "founded_place" for _, attribute, _ in triples)
