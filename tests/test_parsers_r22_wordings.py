"""Wordings next to a network's name that city pages use for its facts: the national seat of a national association
named by its noun ("La sede nazionale dell'Associazione è a Roma", "le siège national de l'association", "die
Hauptgeschäftsstelle des Verbandes"), never its regional section's; a seat in a country whose capital bears its name,
with the article French and Italian contract ("dont le siège est au Koweït", "ha sede nel Lussemburgo"), no other
country; the president's row opened by the network's name ("FCM President: Coun. Maria Delaney"), the office's
abbreviated title before the name ("Coun.", "Cllr.", "Bgm.", "Lic.", "Avv.") neither ending the sentence nor kept in
the name; a membership "since it was formed", "depuis qu'il a été créé", "desde que fue fundado", "da quando è stata
fondata" dated by the founding's year; the local units of two kinds a network represents "directly and" through its
member associations ("vertritt direkt und über seine Landesverbände rund 3.200 Städte und Gemeinden") counted as the
governments it represents; the publishing city's name written with an apostrophe, straight or curly ("N’Djamena,
qui avait rejoint l'association en 1984", "L’Aquila joined"), its own, and another city's joining still not; a
section said to be a network of its own ("Landesverband für Sachsen-Anhalt ist der Städte- und Gemeindebund
Sachsen-Anhalt mit Sitz in Magdeburg", "Sa section française est l'AFCCRE, basée à Paris") keeping its seat."""

from datetime import UTC, datetime

import pytest
from helpers.extracted import snippet_page, triples_of_snippet

from scraper.parsers.extract import extract_page
from scraper.parsers.text import split_sentences

CITY_COUNTS = {"member_cities", "represented_governments"}


@pytest.mark.parametrize("lang, body, network, seat", [
    ("it", "<h2>ANCI</h2><p>Cremona aderisce all'ANCI, che rappresenta oltre 7.000 comuni. La sede nazionale "
           "dell'Associazione è a Roma.</p>", "associazione-nazionale-comuni-italiani", "Roma"),
    ("it", "<ul><li>ANCI – Associazione nazionale comuni italiani: la sede nazionale dell'associazione si trova a "
           "Roma.</li></ul>", "associazione-nazionale-comuni-italiani", "Roma"),
    ("fr", "<p>Lyon adhère à France urbaine. Le siège national de l'association se trouve à Paris.</p>",
     "france-urbaine", "Paris"),
    ("fr", "<dl><dt>AMF</dt><dd>Lyon adhère à l'AMF. Le siège national de l'AMF est à Paris.</dd></dl>",
     "association-des-maires-de-france", "Paris"),
    ("es", "<p>Bilbao es miembro de la FEMP. La sede nacional de la asociación está en Madrid.</p>",
     "federacion-espanola-de-municipios-y-provincias", "Madrid"),
    ("en", "<p>Calgary is a member of FCM. The national headquarters of the association are in Ottawa.</p>",
     "federation-of-canadian-municipalities", "Ottawa"),
    ("de", "<p>Magdeburg ist Mitglied im Deutschen Städtetag. Die Hauptgeschäftsstelle des Verbandes befindet sich "
           "in Berlin.</p>", "deutscher-stadtetag", "Berlin"),
    ("de", "<table><tr><th>Deutscher Städtetag</th><td>Mitglied seit 1949. Die Bundesgeschäftsstelle des Verbandes "
           "ist in Berlin.</td></tr></table>", "deutscher-stadtetag", "Berlin"),
])
def test_the_national_seat_of_the_association_is_its_seat(lang, body, network, seat):
    assert (network, "headquarters", seat) in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("it", "<p>Firenze aderisce ad ANCI Toscana. La sede nazionale dell'associazione è a Roma.</p>"),
    ("de", "<p>Köln ist im Klima-Bündnis aktiv. Die Sektion der Regionalgruppe hat ihre Bundesgeschäftsstelle in "
           "Berlin.</p>"),
])
def test_the_national_seat_is_no_regional_sections(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "headquarters"}


@pytest.mark.parametrize("lang, body, network, seat", [
    ("fr", "<h2>Organisation des villes arabes (OVA)</h2><p>L'Organisation des villes arabes, dont le siège est au "
           "Koweït, soutient les municipalités du monde arabe.</p>", "arab-towns-organization", "Koweït"),
    ("fr", "<p>L'AIMF, dont le secrétariat permanent est installé au Luxembourg, soutient les municipalités.</p>",
     "aimf", "Luxembourg"),
    ("it", "<ul><li>Organizzazione delle città arabe: ha sede nel Kuwait.</li></ul>", "arab-towns-organization",
     "Kuwait"),
    ("en", "<p>Sousse is a member of the Arab Towns Organization, headquartered in Kuwait.</p>",
     "arab-towns-organization", "Kuwait"),
    ("es", "<p>Túnez es miembro de la Organización de Ciudades Árabes, con sede en Kuwait.</p>",
     "arab-towns-organization", "Kuwait"),
    ("de", "<dl><dt>Organisation arabischer Städte</dt><dd>Sitz: Kuwait</dd></dl>", "arab-towns-organization",
     "Kuwait"),
])
def test_a_seat_in_a_city_state_is_its_seat(lang, body, network, seat):
    assert (network, "headquarters", seat) in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("fr", "<p>Montréal est membre de Metropolis. Le réseau des villes du Québec, dont le siège est au Québec, "
           "regroupe 20 villes.</p>"),
    ("fr", "<p>Le maire siège au Luxembourg au Bureau de l'AIMF.</p>"),
])
def test_a_seat_in_another_country_or_a_city_with_its_article_is_not_read(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "headquarters"}


def test_a_city_written_with_its_article_keeps_it():
    body = ("<p>Sousse est membre de l'Organisation des villes arabes. Le siège de l'organisation se trouve au "
            "Caire.</p>")
    assert {fact for fact in triples_of_snippet(body, "fr") if fact[1] == "headquarters"} == {
        ("arab-towns-organization", "headquarters", "Le Caire")}


@pytest.mark.parametrize("lang, body, network, president", [
    ("en", "<table><thead><tr><th>Organization</th><th>Member since</th><th>Notes</th></tr></thead><tbody><tr><th>"
           "Federation of Canadian Municipalities (FCM)</th><td>1937</td><td>National voice of municipal government. "
           "FCM President: Coun. Maria Delaney (Halifax).</td></tr></tbody></table>",
     "federation-of-canadian-municipalities", "Maria Delaney"),
    ("en", "<p>FCM President: Cllr. Maria Delaney (Halifax).</p>", "federation-of-canadian-municipalities",
     "Maria Delaney"),
    ("fr", "<div class='card'><h3>AIMF</h3><p>Le réseau des maires francophones. AIMF Présidente : Mme. Anne Hidalgo "
           "(Paris).</p></div>", "aimf", "Anne Hidalgo"),
    ("de", "<p>Klima-Bündnis Vorsitzender: Bgm. Hans Maier (Linz).</p>", "climate-alliance", "Hans Maier"),
    ("es", "<p>CIDEU Presidenta: Lic. Ana Pérez (Puebla).</p>", "cideu", "Ana Pérez"),
    ("es", "<ul><li>CIDEU – Presidente: Lic. Ana Pérez (Puebla).</li></ul>", "cideu", "Ana Pérez"),
    ("it", "<ul><li>ANCI – Presidente: Avv. Marco Rossi (Lodi).</li></ul>", "associazione-nazionale-comuni-italiani",
     "Marco Rossi"),
    ("it", "<p>Presidente ANCI: Avv. Marco Rossi (Lodi).</p>", "associazione-nazionale-comuni-italiani",
     "Marco Rossi"),
])
def test_the_presidents_row_after_the_networks_name(lang, body, network, president):
    presidents = {fact for fact in triples_of_snippet(body, lang) if fact[1] == "president"}
    assert presidents == {(network, "president", president)}


@pytest.mark.parametrize("lang, body", [
    ("en", "<p>FCM Vice President: Cllr. Jane Doe (Ottawa).</p>"),
    ("en", "<p>FCM Past President: Cllr. Jane Doe (Ottawa).</p>"),
    ("en", "<p>FCM Board member: Coun. Jane Doe (Ottawa).</p>"),
    ("en", "<p>Eurocities Secretary General: Anna Lisa Boni.</p>"),
])
def test_another_office_after_the_networks_name_is_no_president(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "president"}


def test_an_abbreviated_title_does_not_end_the_sentence():
    assert split_sentences("The board met with Hon. John Tory and Coun. Maria Delaney. It ended.") == [
        "The board met with Hon. John Tory and Coun. Maria Delaney.", "It ended."]


@pytest.mark.parametrize("lang, body, network, year", [
    ("en", "<p>WECP brings together 20 member cities in 11 countries. Calgary has been part of the partnership since "
           "it was formed in 1995.</p>", "world-energy-cities-partnership", "1995"),
    ("en", "<table><tr><th>WECP</th><td>Calgary has been a member since the partnership was first formed in 1995."
           "</td></tr></table>", "world-energy-cities-partnership", "1995"),
    ("fr", "<p>Lyon est membre d'Eurocities depuis qu'il a été créé en 1986.</p>", "eurocities", "1986"),
    ("es", "<div class='card'><h3>CIDEU</h3><p>Cali es miembro del CIDEU desde que fue fundado en 1993.</p></div>",
     "cideu", "1993"),
    ("it", "<p>Cremona è socia di Eurocities da quando è stata fondata nel 1986.</p>", "eurocities", "1986"),
    ("it", "<ul><li>Cremona fa parte dell'ANCI da quando è stata costituita nel 1901.</li></ul>",
     "associazione-nazionale-comuni-italiani", "1901"),
])
def test_a_member_since_the_network_was_formed_joined_that_year(lang, body, network, year):
    assert {(network, "joined", year), (network, "founded", year)} <= triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("en", "<p>Calgary hosted the WECP meeting twice since it was formed in 1995.</p>"),
    ("fr", "<p>Lyon a accueilli deux fois le congrès d'Eurocities depuis qu'il a été créé en 1986.</p>"),
])
def test_an_event_since_the_founding_is_no_joining(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "joined"}


@pytest.mark.parametrize("lang, body, network, value", [
    ("de", "<h2>Deutscher Städtetag</h2><p>Als kreisfreie Stadt ist Magdeburg unmittelbares Mitglied im Deutschen "
           "Städtetag. Der kommunale Spitzenverband vertritt direkt und über seine Landesverbände rund 3.200 Städte "
           "und Gemeinden mit etwa 51 Millionen Einwohnerinnen und Einwohnern.</p>", "deutscher-stadtetag", "3200"),
    ("fr", "<p>Lyon adhère à l'AMF, qui représente directement et par ses associations départementales près de "
           "35 000 villes et communes.</p>", "association-des-maires-de-france", "35000"),
    ("en", "<table><tr><th>FCM</th><td>Represents directly and through provincial associations more than 2,100 "
           "cities and towns.</td></tr></table>", "federation-of-canadian-municipalities", "2100"),
    ("es", "<p>Bilbao es socio de la FEMP, que representa directamente y a través de sus federaciones a más de 7.000 "
           "ciudades y municipios.</p>", "federacion-espanola-de-municipios-y-provincias", "7000"),
    ("it", "<p>Cremona aderisce all'ANCI, che rappresenta direttamente e tramite le sezioni regionali oltre 7.000 "
           "comuni e città.</p>", "associazione-nazionale-comuni-italiani", "7000"),
])
def test_units_represented_directly_and_through_members_are_governments(lang, body, network, value):
    counts = {fact for fact in triples_of_snippet(body, lang) if fact[1] in CITY_COUNTS}
    assert counts == {(network, "represented_governments", value)}


@pytest.mark.parametrize("lang, body, network, value", [
    ("fr", "<p>Lyon adhère à l'AMF, qui représente les maires et compte 35 000 villes et communes.</p>",
     "association-des-maires-de-france", "35000"),
    ("en", "<p>Calgary is a member of FCM, which represents directly and through provincial associations more than "
           "2,100 cities.</p>", "federation-of-canadian-municipalities", "2100"),
])
def test_a_second_verb_or_one_kind_of_units_stays_member_cities(lang, body, network, value):
    counts = {fact for fact in triples_of_snippet(body, lang) if fact[1] in CITY_COUNTS}
    assert counts == {(network, "member_cities", value)}


def _facts_on_the_citys_site(body: str, lang: str, url: str) -> set[tuple[str, str, str]]:
    page = extract_page(snippet_page(body, lang), url, datetime(2026, 11, 1, tzinfo=UTC))
    return {(fact["network_id"], fact["attribute"], fact["value"]) for fact in page.facts}


@pytest.mark.parametrize("lang, url, body, network, year", [
    ("fr", "https://www.ville-ndjamena.td/reseaux", "<p>Créée en 1979, l’AIMF rassemble plus de 300 villes. "
     "N’Djamena, qui avait rejoint l’association en 1984, en est l’un des plus anciens membres.</p>", "aimf", "1984"),
    ("en", "https://www.comune.laquila.it/en/networks", "<p>L’Aquila joined Eurocities in 2012.</p><p>Visit L’Aquila."
     "</p>", "eurocities", "2012"),
    ("it", "https://www.comune.laquila.it/reti", "<ul><li>L'Aquila ha aderito a Eurocities nel 2012.</li></ul>",
     "eurocities", "2012"),
    ("es", "https://www.ville-ndjamena.td/es/redes", "<p>N’Djamena se unió a la AIMF en 1984.</p>", "aimf", "1984"),
    ("de", "https://www.ville-ndjamena.td/de/netzwerke", "<dl><dt>AIMF</dt><dd>N’Djamena ist seit 1984 Mitglied der "
     "AIMF.</dd></dl>", "aimf", "1984"),
])
def test_the_citys_name_with_an_apostrophe_is_its_own(lang, url, body, network, year):
    assert (network, "joined", year) in _facts_on_the_citys_site(body, lang, url)


def test_another_citys_joining_on_a_page_naming_the_city_with_an_apostrophe():
    body = ("<p>Moundou, qui avait rejoint l'AIMF en 1990, accueille le bureau.</p><p>La mairie de N'Djamena "
            "salue cette décision.</p>")
    assert not {fact for fact in _facts_on_the_citys_site(body, "fr", "https://www.ville-ndjamena.td/reseaux")
                if fact[1] == "joined"}


@pytest.mark.parametrize("lang, body, network, seat", [
    ("de", "<h2>Deutscher Städtetag</h2><p>Als kreisfreie Stadt ist Magdeburg unmittelbares Mitglied im Deutschen "
           "Städtetag. Landesverband für Sachsen-Anhalt ist der Städte- und Gemeindebund Sachsen-Anhalt mit Sitz in "
           "Magdeburg.</p>", "stadte-und-gemeindebund-sachsen-anhalt", "Magdeburg"),
    ("fr", "<p>Lyon est membre du CCRE. Sa section française est l'AFCCRE, basée à Paris.</p>", "afccre", "Paris"),
    ("it", "<ul><li>Firenze aderisce all'ANCI. La sezione regionale per la Toscana è ANCI Toscana, con sede a "
           "Firenze.</li></ul>", "anci-toscana", "Firenze"),
])
def test_a_section_said_to_be_a_network_keeps_its_seat(lang, body, network, seat):
    seats = {fact for fact in triples_of_snippet(body, lang) if fact[1] == "headquarters"}
    assert seats == {(network, "headquarters", seat)}


@pytest.mark.parametrize("lang, body", [
    ("de", "<p>Köln ist Mitglied im Deutschen Städtetag. Der Landesverband für Nordrhein-Westfalen hat seinen Sitz in "
           "Köln.</p>"),
    ("it", "<p>Firenze aderisce all'ANCI. La sezione regionale, con sede a Firenze, conta 273 comuni.</p>"),
    ("fr", "<p>Lyon est membre du CCRE. La section française du CCRE, basée à Paris, anime le réseau.</p>"),
])
def test_a_sections_seat_is_not_its_networks(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "headquarters"}
