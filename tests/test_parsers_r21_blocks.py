"""A value in a block apart from the one naming the network: a timeline's year in its own pin beside the card that
tells what happened that year."""

import pytest
from helpers.extracted import claims_of_sentence, triples_of_snippet


def _timeline(year_part: str, card: str, tag: str = "li") -> str:
    return f"<ul class='timeline'><{tag} class='timeline-element'>{year_part}{card}</{tag}></ul>"


def _pin(year: str) -> str:
    """A year shown in a pin beside an icon, a few elements deep."""
    return f"<div class='pin-wrapper'><div class='pin-icon'></div><div class='pin-text'><span>{year}</span></div></div>"


def _card(title: str, text: str) -> str:
    """A card's title and text inside its wrappers."""
    return (f"<div class='card-wrapper'><div class='card'><div class='card-body'><h3 class='card-title'>{title}</h3>"
            f"<p class='card-text'>{text}</p></div></div></div>")


@pytest.mark.parametrize("lang, body, expected", [
    ("it", _timeline(_pin("2014"), _card("Legalità", "Ingresso in Avviso Pubblico – Enti locali e Regioni per la "
                                                     "formazione civile contro le mafie.")),
     ("avviso-pubblico", "joined", "2014")),
    ("it", _timeline(_pin("2003"), _card("Pace", "Il Consiglio comunale approva l'adesione al Coordinamento "
                                                 "nazionale degli enti locali per la pace e i diritti umani."), "div"),
     ("coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani", "joined", "2003")),
    ("fr", _timeline(_pin("2010"), _card("Eurocities", "La Ville adhère à Eurocities, le réseau des grandes villes "
                                                       "européennes.")),
     ("eurocities", "joined", "2010")),
    ("en", _timeline("<div class='marker'><i class='icon'></i><time>2017</time></div>",
                     _card("Nuclear disarmament", "The City joins Mayors for Peace.")),
     ("mayors-for-peace", "joined", "2017")),
    ("de", _timeline(_pin("2008"), _card("Klimaschutz", "Die Stadt tritt dem Klima-Bündnis bei.")),
     ("climate-alliance", "joined", "2008")),
    ("es", _timeline("<div class='badge'><span class='year'>2005</span></div>",
                     _card("Redes", "Córdoba se incorpora a Eurocities.")),
     ("eurocities", "joined", "2005")),
])
def test_a_timeline_year_in_its_pin_dates_the_entry_in_the_card_beside_it(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # the city's own project that year, no joining
    ("it", _timeline(_pin("2022"), _card("Cultura", "Il Comune coordina il progetto europeo CultCities con sette "
                                                    "città partner, membri di Eurocities."))),
    ("en", _timeline(_pin("2019"), _card("Eurocities", "The City hosts the Eurocities annual conference."))),
])
def test_a_timeline_year_of_the_citys_own_event_is_no_joining(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "joined"}


# The page names the association in a form recognised alone; its bare name, elsewhere, is then that association's.
_NAMED_IN_FULL = "<p>Nel 2014 Pavia aderisce ad Avviso Pubblico, la rete degli enti locali contro le mafie.</p>"


@pytest.mark.parametrize("body, expected", [
    # a fact box's heading, the name after a kicker, its rows in a dl
    (_NAMED_IN_FULL + "<aside><h3>In evidenza: Avviso Pubblico</h3><dl><dt>Fondazione</dt><dd>1996</dd><dt>Sede</dt>"
                      "<dd>Grugliasco (TO)</dd><dt>Presidente</dt><dd>Roberto Montà</dd></dl></aside>",
     {("avviso-pubblico", "founded", "1996"), ("avviso-pubblico", "headquarters", "Grugliasco"),
      ("avviso-pubblico", "president", "Roberto Montà")}),
    # a kicker in a table's box
    (_NAMED_IN_FULL + "<div class='box'><h4>Focus: Avviso Pubblico</h4><table><tr><td>Sede</td><td>Grugliasco</td>"
                      "</tr></table></div>",
     {("avviso-pubblico", "headquarters", "Grugliasco")}),
    # a list's row opening on the name, as its label
    (_NAMED_IN_FULL + "<ul><li><strong>Avviso Pubblico</strong>: nata nel 1996, associa oltre 500 enti locali e "
                      "regioni.</li></ul>",
     {("avviso-pubblico", "founded", "1996"), ("avviso-pubblico", "represented_governments", "500")}),
])
def test_a_networks_bare_name_heads_its_fact_box_and_labels_its_row_once_the_page_has_named_it(body, expected):
    assert expected <= triples_of_snippet(body, "it")


@pytest.mark.parametrize("body", [
    # the network named nowhere else: a public notice's box and rows
    "<aside><h3>In evidenza: Avviso Pubblico</h3><dl><dt>Pubblicazione</dt><dd>2025</dd><dt>Sede</dt>"
    "<dd>Palazzo Mezzabarba</dd></dl></aside>",
    "<ul><li><strong>Avviso Pubblico</strong>: nato nel 2024, scade il 30 giugno; sede dell'ufficio a Pavia.</li></ul>",
    # named elsewhere, but a notice's own heading: the name is its kicker, not what follows it
    _NAMED_IN_FULL + "<h3>Avviso pubblico: manifestazione di interesse</h3><dl><dt>Sede</dt><dd>Palazzo Mezzabarba"
                     "</dd></dl>",
])
def test_a_public_notice_is_no_network(body):
    assert not {fact for fact in triples_of_snippet(body, "it") if fact[1] in ("founded", "headquarters")}


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<p>Fribourg accueillera la Journée des villes de l'Union des villes suisses.</p><p>Présidée par Marc "
           "Reymond, l'Union regroupe aujourd'hui 130 membres.</p>",
     {("schweizerischer-stadteverband", "president", "Marc Reymond"),
      ("schweizerischer-stadteverband", "member_cities", "130")}),
    ("es", "<p>Sevilla forma parte de la Red Española de Ciudades por el Clima.</p><p>Con sede en Madrid, la Red "
           "agrupa a más de 300 municipios.</p>",
     {("red-espanola-de-ciudades-por-el-clima", "member_cities", "300")}),
    ("it", "<p>Il Comune aderisce alla Rete Italiana Città Sane – OMS.</p><p>Con sede a Modena, la Rete riunisce "
           "oltre 70 comuni.</p>",
     {("rete-italiana-citta-sane-oms", "member_cities", "70")}),
    ("en", "<p>Leeds signed the Covenant of Mayors in 2010.</p><p>Based in Brussels, the Covenant gathers more than "
           "10,000 cities.</p>",
     {("covenant-of-mayors", "member_cities", "10000")}),
    ("it", "<p>Como ha aderito al Patto dei Sindaci per il clima e l'energia.</p><p>Con sede a Bruxelles, il Patto "
           "riunisce oltre 10.000 comuni.</p>",
     {("covenant-of-mayors", "member_cities", "10000")}),
])
def test_a_networks_head_noun_after_an_opening_clause_is_the_subject_of_the_paragraph_after_its_name(
        lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


def test_another_union_after_an_opening_clause_is_not_the_network_named_before():
    body = ("<p>Fribourg est membre de l'Union des villes suisses.</p><p>Avec ses 27 États membres, l'Union européenne "
            "compte 450 millions d'habitants et 90 000 communes.</p>")
    assert not {fact for fact in triples_of_snippet(body, "fr") if fact[1] in ("member_cities", "member_countries")}


@pytest.mark.parametrize("body, expected", [
    ("<p>Am Rathaus weht die Flagge der Mayors for Peace.</p><p>Das 1982 in Hiroshima gegründete Netzwerk zählt heute "
     "mehr als 8.400 Mitgliedsstädte in 166 Ländern.</p>",
     {("mayors-for-peace", "founded", "1982"), ("mayors-for-peace", "member_cities", "8400"),
      ("mayors-for-peace", "member_countries", "166")}),
    ("<p>Die Stadt ist Mitglied im Klima-Bündnis.</p><p>Das europäische Bündnis zählt über 1.800 Kommunen.</p>",
     {("climate-alliance", "member_cities", "1800")}),
    ("<p>Seit 2005 gehört Freiburg zu ICLEI.</p><p>Dieses weltweite Netzwerk umfasst mehr als 2.500 Städte.</p>",
     {("iclei", "member_cities", "2500")}),
])
def test_a_german_networks_noun_with_its_attributes_takes_up_the_network_named_before(body, expected):
    assert expected <= triples_of_snippet(body, "de")


def test_a_german_network_noun_described_by_its_complement_is_another_network():
    body = ("<p>Osnabrück ist Mitglied der Mayors for Peace.</p><p>Das 2019 gegründete Netzwerk der Friedensstädte "
            "Niedersachsens zählt 12 Mitgliedsstädte.</p>")
    assert not {fact for fact in triples_of_snippet(body, "de") if fact[0] == "mayors-for-peace"}


@pytest.mark.parametrize("sentence", [
    "La rete sarà presieduta fino al 2028 dalla città di Gand.",
    "Dal 2020 alla città di Pavia spetta la vicepresidenza della rete.",
    "Il mandato scade nel 2027 nelle città che ospitano la segreteria.",
    "The network is chaired until 2028 by the city of Ghent.",
    "Le réseau est présidé jusqu'en 2028 par la ville de Gand.",
    "Das Netzwerk wird bis 2028 von der Stadt Gent geleitet.",
    "La red estará presidida hasta 2028 por la ciudad de Gante.",
])
def test_a_year_before_a_preposition_and_the_city_it_names_counts_no_cities(sentence):
    assert not [claim for claim in claims_of_sentence(sentence) if claim[0] == "member_cities"]


def test_a_count_of_cities_in_italian_is_still_read():
    assert ("member_cities", "300") in claims_of_sentence("La rete riunisce oltre 300 comuni.")


@pytest.mark.parametrize("body, expected", [
    ("<p>Der Hauptausschuss des Österreichischen Städtebundes hat in Wien entschieden.</p><p>Dem 1915 gegründeten "
     "Städtebund gehören heute rund 260 Städte und Gemeinden an.</p>",
     {("osterreichischer-stadtebund", "founded", "1915"), ("osterreichischer-stadtebund", "member_cities", "260")}),
    # the name in the nominative, the compound in the genitive
    ("<p>Der Österreichische Städtebund tagt in Linz.</p><p>Sitz des Städtebundes ist Wien.</p>",
     {("osterreichischer-stadtebund", "headquarters", "Wien")}),
])
def test_a_german_compound_of_a_name_in_another_case_is_that_network(body, expected):
    assert expected <= triples_of_snippet(body, "de")


def test_another_compound_on_the_same_noun_is_not_the_network_named_before():
    body = ("<p>Der Hauptausschuss des Österreichischen Städtebundes hat in Wien entschieden.</p><p>Dem 1947 "
            "gegründeten Gemeindebund gehören rund 2.000 Gemeinden an.</p>")
    assert not {fact for fact in triples_of_snippet(body, "de") if fact[0] == "osterreichischer-stadtebund"}


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>Klima-Bündnis in Zahlen</h2><ul><li>über 1.800 Mitgliedskommunen</li><li>Gründung in Frankfurt am "
           "Main: 1990</li></ul>",
     {("climate-alliance", "founded", "1990"), ("climate-alliance", "founded_place", "Frankfurt am Main")}),
    ("fr", "<h2>Mayors for Peace</h2><dl><dt>Fondation à Hiroshima</dt><dd>1982</dd></dl>",
     {("mayors-for-peace", "founded", "1982"), ("mayors-for-peace", "founded_place", "Hiroshima")}),
    ("en", "<h2>ICLEI</h2><table><tr><td>Foundation in New York</td><td>1990</td></tr></table>",
     {("iclei", "founded", "1990"), ("iclei", "founded_place", "New York")}),
    ("es", "<h2>CIDEU</h2><dl><dt>Fundación en Barcelona</dt><dd>1993</dd></dl>",
     {("cideu", "founded", "1993"), ("cideu", "founded_place", "Barcelona")}),
    ("it", "<h2>Città del Vino</h2><dl><dt>Fondazione a Siena</dt><dd>1987</dd></dl>",
     {("associazione-nazionale-citta-del-vino", "founded", "1987"),
      ("associazione-nazionale-citta-del-vino", "founded_place", "Siena")}),
])
def test_a_fact_box_row_naming_the_founding_and_its_place_gives_both(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("sentence", [
    "Création en 1990 : 12 villes",  # the count of a year, no founding's date
    "Gründung in Bonn: 1990 als eingetragener Verein, 2002 Umzug nach Frankfurt",  # more than the date
])
def test_a_founding_label_with_a_place_whose_value_is_not_the_date_alone_gives_no_founding(sentence):
    assert not [claim for claim in claims_of_sentence(sentence) if claim[0] in ("founded", "founded_place")]


@pytest.mark.parametrize("lang, body, expected", [
    ("it", _timeline(_pin("1987"), _card("Città del Vino", "Arezzo è tra i comuni che danno vita all'Associazione "
                                                           "nazionale Città del Vino, fondata quell'anno a Siena.")),
     {("associazione-nazionale-citta-del-vino", "founded", "1987"),
      ("associazione-nazionale-citta-del-vino", "founded_place", "Siena")}),
    ("en", "<ul><li><strong>1990</strong> Bonn joins ICLEI, founded that year in New York.</li></ul>",
     {("iclei", "founded", "1990")}),
    ("fr", "<p>En 1990, Lyon rejoint Eurocities, créé cette année-là à Rotterdam par six villes.</p>",
     {("eurocities", "founded", "1990")}),
    ("de", "<p>1990 tritt Frankfurt dem Klima-Bündnis bei, das in jenem Jahr gegründet wird.</p>",
     {("climate-alliance", "founded", "1990")}),
    ("es", "<p>En 1993 Barcelona impulsa el CIDEU, fundado ese año en Barcelona.</p>",
     {("cideu", "founded", "1993")}),
])
def test_that_year_is_the_year_the_sentence_or_its_timeline_entry_gives_before_it(lang, body, expected):
    assert expected <= triples_of_snippet(body, lang)


def test_that_year_with_two_years_before_it_dates_nothing():
    body = "<p>Between 1986 and 1990 Leeds joined ICLEI, founded that year in New York.</p>"
    assert not {fact for fact in triples_of_snippet(body, "en") if fact[1] == "founded"}


@pytest.mark.parametrize("lang, body, expected", [
    ("it", _timeline(_pin("2016"), _card("Patto dei Sindaci", "Con la firma del Patto dei Sindaci per il clima e "
                                                              "l'energia il Comune si impegna a presentare il PAESC.")),
     ("covenant-of-mayors", "joined", "2016")),
    ("fr", "<ul><li><strong>2010</strong> Signature de la Convention des maires.</li></ul>",
     ("covenant-of-mayors", "joined", "2010")),
    ("en", _timeline("<span class='year'>2011</span>", "<p>Signing of the Covenant of Mayors.</p>"),
     ("covenant-of-mayors", "joined", "2011")),
    ("de", "<dl><dt>2012</dt><dd>Unterzeichnung des Konvents der Bürgermeister</dd></dl>",
     ("covenant-of-mayors", "joined", "2012")),
    ("es", "<p>2015: Firma del Pacto de los Alcaldes.</p>", ("covenant-of-mayors", "joined", "2015")),
])
def test_a_timeline_entry_signing_the_pact_a_network_is_dates_the_joining(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, sentence", [
    ("it", "<p>2019: Firma dell'accordo di collaborazione con Eurocities.</p>"),  # an agreement with the network
    ("en", "<p>2019: Signing of a memorandum with ICLEI on climate data.</p>"),
])
def test_a_timeline_entry_signing_an_agreement_with_a_network_is_no_joining(lang, sentence):
    assert not {fact for fact in triples_of_snippet(sentence, lang) if fact[1] == "joined"}
