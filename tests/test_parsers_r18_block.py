"""Facts written beside their network in one block, in the wordings the parsers did not read: local governments a
network counts as its associated ones ("7.400 entidades locales asociadas")."""

import pytest
from helpers.extracted import extracted, triples_of_snippet

FEMP = "federacion-espanola-de-municipios-y-provincias"


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the participle right after the noun and an aside in brackets after it
    ("es", "<p>La FEMP, con sede en Madrid, agrupa a más de 7.400 entidades locales asociadas (ayuntamientos, "
           "diputaciones y cabildos) y las representa ante el Estado.</p>", (FEMP, "represented_governments", "7400")),
    # prose, one more tier named before the participle
    ("it", "<p>Il Comune è socio dell'AICCRE dal 1998. L'AICCRE rappresenta circa 1.200 enti locali e regionali "
           "associati.</p>", ("aiccre", "represented_governments", "1200")),
    # a key figure in a card, the network named after the participle
    ("es", "<div class='card'><h3>Redes nacionales</h3><p>más de 7.400 entidades locales asociadas a la FEMP</p>"
           "</div>", (FEMP, "represented_governments", "7400")),
    # a table row
    ("it", "<table><tr><th>Rete</th><th>Descrizione</th></tr><tr><td>ANCI</td><td>L'ANCI riunisce oltre 7.000 "
           "amministrazioni locali associate.</td></tr></table>",
     ("associazione-nazionale-comuni-italiani", "represented_governments", "7000")),
    # the same count in the other languages, by their own word for members
    ("fr", "<p>L'AFCCRE fédère près de 1 500 collectivités adhérentes.</p>", ("afccre", "represented_governments",
                                                                              "1500")),
    ("en", "<p>The Local Government Association represents more than 300 member councils.</p>",
     ("local-government-association", "represented_governments", "300")),
])
def test_local_governments_called_associated_are_the_networks_members(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # associate members are a class of membership, not the count of members
    ("es", "<p>La FEMP cuenta también con 40 miembros asociados.</p>"),
    ("fr", "<p>L'AFCCRE compte aussi 40 membres associés.</p>"),
    ("it", "<p>L'AICCRE conta anche 40 membri associati.</p>"),
])
def test_associate_members_are_not_counted(lang, body):
    assert not any(attribute in ("member_cities", "represented_governments")
                   for _, attribute, _ in triples_of_snippet(body, lang))


FAIC = "forum-delle-citta-dell-adriatico-e-dello-ionio"


@pytest.mark.parametrize("lang, body, expected", [
    # prose: the seat after the founding, each place after Italian "ad"
    ("it", "<p>Il Forum delle Città dell'Adriatico e dello Ionio è nato nel 1999 ad Ancona. Da allora il "
           "segretariato generale ha sede ad Ancona, presso gli uffici comunali.</p>",
     (FAIC, "headquarters", "Ancona")),
    ("it", "<p>Il Forum delle Città dell'Adriatico e dello Ionio è nato nel 1999 ad Ancona.</p>",
     (FAIC, "founded_place", "Ancona")),
    # a card, the founding fronted
    ("it", "<div class='card'><h3>Città Sane</h3><p>Nata ad Atene nel 1988, la rete Città Sane dell'OMS riunisce "
           "un centinaio di città.</p></div>", ("who-healthy-cities", "founded_place", "Atene")),
    # an accordion, the seat alone
    ("it", "<details><summary>ANCI</summary><p>L'ANCI ha sede ad Ancona.</p></details>",
     ("associazione-nazionale-comuni-italiani", "headquarters", "Ancona")),
    # another vowel, and the same seat in the other languages, by their own preposition
    ("it", "<p>Cittaslow ha sede ad Orvieto.</p>", ("cittaslow", "headquarters", "Orvieto")),
    ("fr", "<p>Cittaslow a son siège à Orvieto.</p>", ("cittaslow", "headquarters", "Orvieto")),
    ("de", "<p>Cittaslow hat seinen Sitz in Orvieto.</p>", ("cittaslow", "headquarters", "Orvieto")),
])
def test_a_place_after_italian_ad_is_read(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


def test_an_english_ad_is_no_preposition():
    body = "<p>Eurocities placed an ad Online. Its secretariat is in Brussels.</p>"
    assert ("eurocities", "headquarters", "Brussels") in triples_of_snippet(body, "en")
    assert not any(value == "Online" for _, _, value in triples_of_snippet(body, "en"))


@pytest.mark.parametrize("lang, body, expected", [
    # prose: the main office by its German compound, a second office after it
    ("de", "<p>Der Deutsche Städtetag vertritt rund 3.200 Städte; seine Hauptgeschäftsstelle befindet sich in Berlin, "
           "eine weitere in Köln.</p>", ("deutscher-stadtetag", "headquarters", "Berlin")),
    # a card: the European office of a European network
    ("de", "<div class='card'><h3>Klima-Bündnis</h3><p>Das Klima-Bündnis vereint über 2.000 Kommunen. Die "
           "Europageschäftsstelle sitzt in Frankfurt am Main.</p></div>",
     ("climate-alliance", "headquarters", "Frankfurt am Main")),
    # an accordion: the national seat of a national association
    ("it", "<details><summary>ANCI</summary><p>L'ANCI rappresenta oltre 7.000 comuni. La sede nazionale è a "
           "Roma.</p></details>", ("associazione-nazionale-comuni-italiani", "headquarters", "Roma")),
    # a <dl>: the working seat
    ("it", "<dl><dt>Città del Vino</dt><dd>L'Associazione nazionale Città del Vino riunisce oltre 400 comuni. La sede "
           "operativa è a Siena.</dd></dl>", ("associazione-nazionale-citta-del-vino", "headquarters", "Siena")),
    ("es", "<p>La FEMP agrupa a 7.400 entidades locales. Su sede nacional se encuentra en Madrid.</p>",
     (FEMP, "headquarters", "Madrid")),
    # the same seat in the other languages
    ("fr", "<p>Cités Unies France fédère 500 collectivités. Son siège est à Paris.</p>",
     ("cites-unies-france", "headquarters", "Paris")),
    ("en", "<p>The Local Government Association represents 300 councils. Its head office is in London.</p>",
     ("local-government-association", "headquarters", "London")),
])
def test_a_networks_main_national_or_working_seat_is_its_seat(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # a regional office, not the network's seat
    ("de", "<p>Der Deutsche Städtetag vertritt rund 3.200 Städte; seine Landesgeschäftsstelle befindet sich in "
           "Mainz.</p>"),
    ("it", "<p>L'ANCI rappresenta oltre 7.000 comuni. La sede regionale è a Cagliari.</p>"),
])
def test_a_regional_office_is_not_the_seat(lang, body):
    assert not any(attribute == "headquarters" for _, attribute, _ in triples_of_snippet(body, lang))


@pytest.mark.parametrize("body, expected", [
    # prose: the seat in the town hall, told by the city's adjective after "hat seinen Sitz"
    ("<p>Der Österreichische Städtebund vertritt rund 260 Städte und hat seinen Sitz im Wiener Rathaus.</p>",
     ("osterreichischer-stadtebund", "headquarters", "Wien")),
    # a card
    ("<div class='card'><h3>DIE HANSE</h3><p>Der Städtebund DIE HANSE hat seinen Sitz im Lübecker Rathaus.</p></div>",
     ("die-hanse", "headquarters", "Lübeck")),
    # the city by its German title: a seat and a founding place
    ("<p>Der Städtebund DIE HANSE hat seinen Sitz in der Hansestadt Lübeck.</p>", ("die-hanse", "headquarters",
                                                                                   "Lübeck")),
    ("<dl><dt>Städtebund</dt><dd>Der Österreichische Städtebund hat seinen Sitz in der Bundeshauptstadt Wien.</dd>"
     "</dl>", ("osterreichischer-stadtebund", "headquarters", "Wien")),
    ("<p>Der Städtebund DIE HANSE wurde 1980 in der Hansestadt Zwolle gegründet.</p>", ("die-hanse", "founded_place",
                                                                                       "Zwolle")),
])
def test_a_german_seat_in_a_town_hall_or_a_titled_city(body, expected):
    assert expected in triples_of_snippet(body, "de")


def test_a_mayors_seat_in_the_town_hall_is_no_networks():
    assert not triples_of_snippet("<p>Der Bürgermeister hat seinen Sitz im Wiener Rathaus.</p>", "de")


UCCN = "unesco-creative-cities-network"


@pytest.mark.parametrize("lang, body, expected", [
    # prose, the city set off by a comma
    ("es", "<p>La Red de Ciudades Creativas de la UNESCO reúne 350 ciudades. Su secretaría se encuentra en la sede de "
           "la UNESCO, en París.</p>", (UCCN, "headquarters", "París")),
    # a card, more said after the city
    ("es", "<div class='card'><h3>Red de Ciudades Creativas de la UNESCO</h3><p>Su secretaría está en la sede de la "
           "UNESCO en París, y cada cuatro años las ciudades presentan un informe.</p></div>",
     (UCCN, "headquarters", "París")),
    ("fr", "<p>Le Réseau des villes créatives de l'UNESCO réunit 350 villes. Son secrétariat est installé au siège de "
           "l'UNESCO à Paris.</p>", (UCCN, "headquarters", "Paris")),
    # an accordion
    ("en", "<details><summary>UNESCO Creative Cities Network</summary><p>The network brings together 350 cities. Its "
           "secretariat is based at the headquarters of UNESCO in Paris.</p></details>",
     (UCCN, "headquarters", "Paris")),
    ("it", "<p>La Rete delle Città Creative UNESCO riunisce 350 città. Il segretariato si trova presso la sede "
           "dell'UNESCO a Parigi.</p>", (UCCN, "headquarters", "Parigi")),
    ("de", "<p>Das UNESCO-Netzwerk der kreativen Städte vereint 350 Städte. Das Sekretariat befindet sich am Sitz der "
           "UNESCO in Paris.</p>", (UCCN, "headquarters", "Paris")),
])
def test_a_seat_inside_another_institutions_is_in_that_ones_city(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # a meeting held at another institution's seat says nothing of the network's
    ("es", "<p>La Red de Ciudades Creativas de la UNESCO reúne 350 ciudades. La conferencia anual se celebró en "
           "la sede de la UNESCO en París.</p>"),
    # a regional office
    ("it", "<p>La Rete delle Città Creative UNESCO riunisce 350 città. Il segretariato regionale si trova presso "
           "la sede della Regione a Bologna.</p>"),
])
def test_a_meeting_or_a_regional_office_at_a_hosts_seat_is_not_the_networks_seat(lang, body):
    assert not any(attribute == "headquarters" for _, attribute, _ in triples_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body, expected", [
    # prose: the month and the day of the date before the pronoun and the verb
    ("es", "<p>La Federación Española de Municipios y Provincias es la asociación de entidades locales. Desde "
           "noviembre de 2023 la preside María José García-Pelayo, alcaldesa de Jerez de la Frontera.</p>",
     (FEMP, "president", "María José García-Pelayo")),
    ("es", "<div class='card'><h3>FEMP</h3><p>La FEMP agrupa a 7.400 entidades locales. Desde el 15 de noviembre de "
           "2023 la preside María José García-Pelayo.</p></div>", (FEMP, "president", "María José García-Pelayo")),
    ("es", "<details><summary>FEMP</summary><p>La FEMP agrupa a 7.400 entidades locales. Desde noviembre de 2023 la "
           "preside el alcalde de Vigo, Abel Caballero.</p></details>", (FEMP, "president", "Abel Caballero")),
    # the same in Italian, whose pronoun and verb need no date
    ("it", "<p>L'ANCI riunisce 7.000 comuni. Da novembre 2023 la presiede Gaetano Manfredi.</p>",
     ("associazione-nazionale-comuni-italiani", "president", "Gaetano Manfredi")),
])
def test_the_president_after_a_dated_pronoun_and_verb(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


def test_a_past_presidency_after_the_pronoun_is_not_the_president():
    body = "<p>La FEMP agrupa a 7.400 entidades locales. Desde noviembre de 2019 la presidió Abel Caballero.</p>"
    assert not any(attribute == "president" for _, attribute, _ in triples_of_snippet(body, "es"))


def _network_card(title: str, tags: list[str], text: str, link: str) -> str:
    """A card of a grid of networks: its title, a list of tags, a paragraph and a link to a page of the site."""
    items = "".join(f"<li class='tag'>{tag}</li>" for tag in tags)
    return (f"<article class='card card--network'><div class='card__body'><h3 class='card__title'>{title}</h3>"
            f"<ul class='card__tags'>{items}</ul><p class='card__text'>{text}</p>"
            f"<a class='card__link' href='/reseaux/{link}'>En savoir plus</a></div></article>")


@pytest.mark.parametrize("lang, card, expected", [
    # a network's card whose title adds the acronym in brackets
    ("fr", _network_card("Réseau français des Villes éducatrices (RFVE)", ["Adhésion en 2016"],
                         "Le réseau réunit une centaine de villes.", "rfve"),
     ("reseau-francais-des-villes-educatrices", "joined", "2016")),
    ("fr", _network_card("Cités Unies France (CUF)", ["Membre depuis 1994"],
                         "Près de 500 collectivités territoriales y adhèrent.", "cuf"),
     ("cites-unies-france", "represented_governments", "500")),
    # a card whose tags are rows of a fact sheet, each a label and its value after a colon
    ("fr", _network_card("AFCDRP – Maires pour la Paix France", ["Adhésion : 2009", "Siège : Malakoff"],
                         "L'association rassemble environ 190 collectivités.", "afcdrp"),
     ("afcdrp", "headquarters", "Malakoff")),
    ("en", _network_card("Key Cities (KC)", ["Joined: 2013", "Members: 27"],
                         "The network brings together mid-sized cities.", "key-cities"),
     ("key-cities", "joined", "2013")),
    ("de", _network_card("Klima-Bündnis (KB)", ["Beitritt: 1993"], "Das Bündnis vereint über 2.000 Kommunen.",
                         "klima"), ("climate-alliance", "member_cities", "2000")),
    ("es", _network_card("Red Española de Ciudades por el Clima (RECC)", ["Adhesión: 2005", "Sede: Madrid"],
                         "La red agrupa a más de 300 municipios.", "recc"),
     ("red-espanola-de-ciudades-por-el-clima", "member_cities", "300")),
    ("it", _network_card("Associazione Nazionale Comuni Italiani (ANCI)", ["Adesione: 1950", "Sede: Roma"],
                         "L'associazione rappresenta oltre 7.000 comuni.", "anci"),
     ("associazione-nazionale-comuni-italiani", "headquarters", "Roma")),
])
def test_a_card_of_a_network_presents_it_and_is_read(lang, card, expected):
    cards = _network_card("Eurocities", ["Membre depuis 1991"], "Le réseau des grandes villes.", "eurocities") + card
    assert expected in triples_of_snippet(f"<h2>Nos réseaux</h2><div class='cards'>{cards}</div>", lang)


def test_a_news_card_with_a_date_stays_a_news_item():
    card = ("<article class='card'><h3 class='card__title'><a href='/actualites/forum'>Forum des villes à Rouen</a>"
            "</h3><ul><li>Date : 12 mars 2026</li><li>Lieu : Rouen</li></ul><p>Un forum réunit 300 élus.</p>"
            "</article>")
    other = ("<article class='card'><h3 class='card__title'><a href='/actualites/jumelage'>Jumelage avec Hanovre</a>"
             "</h3><ul><li>Date : 2 mars 2026</li><li>Lieu : Hanovre</li></ul><p>Une délégation à Hanovre.</p>"
             "</article>")
    found = extracted(f"<h2>Actualités</h2><div class='cards'>{card}{other}</div>", "fr")
    assert any(item["title"] == "Forum des villes à Rouen" for item in found.news)


@pytest.mark.parametrize("lang, body", [
    # prose
    ("de", "<p>Eurotowns vereint europäische Städte mit 50.000 bis 250.000 Einwohnerinnen und Einwohnern.</p>"),
    # a <dl> fact sheet, the noun before the range
    ("en", "<dl><dt>Eurotowns</dt><dd>Network of medium-sized European cities with populations between 50,000 and "
           "250,000.</dd></dl>"),
    # a card
    ("fr", "<div class='card'><h3>Eurotowns</h3><p>Le réseau réunit des villes européennes de 50 000 à 250 000 "
           "habitants.</p></div>"),
    # a table
    ("es", "<table><tr><th>Red</th><th>Miembros</th></tr><tr><td>Eurotowns</td><td>Ciudades europeas de entre 50.000 "
           "y 250.000 habitantes.</td></tr></table>"),
    # an accordion
    ("it", "<details><summary>Eurotowns</summary><p>La rete riunisce città europee tra 50.000 e 250.000 abitanti."
           "</p></details>"),
])
def test_a_range_of_the_member_cities_sizes_gives_the_threshold(lang, body):
    assert ("eurotowns", "population_threshold", "50000") in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    # years, not sizes
    ("fr", "<p>Eurotowns réunit des villes européennes de 2010 à 2020.</p>"),
    ("en", "<p>Eurotowns brought together cities from 1991 to 2020.</p>"),
    # another range than the cities' populations
    ("en", "<p>Eurotowns brings together cities with between 50,000 and 250,000 visitors a year.</p>"),
])
def test_other_ranges_give_no_threshold(lang, body):
    assert not any(attribute == "population_threshold" for _, attribute, _ in triples_of_snippet(body, lang))


OWHC = "owhc"


@pytest.mark.parametrize("lang, body", [
    # a timeline's entry, the joining told in the present
    ("es", "<ul><li>2001: La ciudad ingresa a la Organización de las Ciudades del Patrimonio Mundial (OCPM).</li>"
           "<li>2010: La ciudad recibe un premio.</li></ul>"),
    ("es", "<div class='card'><h3>Patrimonio</h3><p>En 2001 la ciudad ingresa a la Organización de las Ciudades del "
           "Patrimonio Mundial.</p></div>"),
    ("it", "<ul><li>2001: La città entra nell'Organizzazione delle Città del Patrimonio Mondiale.</li>"
           "<li>2010: La città riceve un premio.</li></ul>"),
    # the other languages' present of joining
    ("fr", "<ul><li>2001 : La ville rejoint l'Organisation des villes du patrimoine mondial.</li></ul>"),
    ("en", "<ul><li>2001: The city joins the Organization of World Heritage Cities.</li></ul>"),
])
def test_a_joining_told_in_the_present(lang, body):
    assert (OWHC, "joined", "2001") in triples_of_snippet(body, lang)


def test_entering_a_room_at_a_networks_meeting_is_no_joining():
    body = ("<p>2019: El alcalde ingresa a la sala de la asamblea de la Organización de las Ciudades del Patrimonio "
            "Mundial.</p>")
    assert not any(attribute == "joined" for _, attribute, _ in triples_of_snippet(body, "es"))


FCM = "federation-of-canadian-municipalities"


@pytest.mark.parametrize("lang, body, expected", [
    # a news release: the network named, then its noun as the next sentence's subject with its seat as an adjective
    ("en", "<p>FCM's board will meet in Saskatoon. The Ottawa-based federation represents more than 2,100 "
           "municipalities.</p>", (FCM, "headquarters", "Ottawa")),
    # a card
    ("en", "<div class='card'><h3>Federation of Canadian Municipalities</h3><p>The Ottawa-based federation is the "
           "national voice of municipal governments.</p></div>", (FCM, "headquarters", "Ottawa")),
    ("de", "<p>Der Deutsche Städtetag tagt in Darmstadt. Der in Berlin ansässige Verband vertritt rund 3.200 "
           "Städte.</p>", ("deutscher-stadtetag", "headquarters", "Berlin")),
])
def test_a_networks_noun_with_its_seat_as_adjective_opens_the_sentence(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


def test_another_bodys_seat_as_adjective_is_not_the_networks():
    body = ("<p>The Federation of Canadian Municipalities will meet in Saskatoon. The Ottawa-based think tank "
            "published a report.</p>")
    assert not any(attribute == "headquarters" for _, attribute, _ in triples_of_snippet(body, "en"))


def test_italian_ad_before_a_networks_name_keeps_the_name():
    body = "<p>La città aderisce dal 2019 ad Avviso Pubblico, che ha sede a Grugliasco.</p>"
    assert {("avviso-pubblico", "headquarters", "Grugliasco"), ("avviso-pubblico", "joined", "2019")} <= (
        triples_of_snippet(body, "it"))
