"""Network and value in one block, in wordings the extractor did not read, in the five languages, each with the trap
it must not catch: a list's rows of a network and a bare year under a membership lead-in or the city's own networks
("Paris est membre de : Eurocities: 2002", "Nos réseaux : Eurocities (1991)"); "über" and "over" after a verb of
extent ("erstreckt sich über 38 Länder"); no seat placed in a country ("Basé en France", "con sede in Belgio"); a
seat in the network itself since a year, not on its board ("la Ville siège depuis 1991 au sein de ce réseau"); the
subject acting in the capacity of its (co-)president ("en su calidad de copresidente de la organización"); the office
holder a teaser less than a year old names ("reçoit le maire d'Hiroshima, président des Maires pour la paix"); a
network born in an apposition ("From UCLG, born in Paris in 2004, to C40") and where its founders met in the clause of
its founding's date ("set up in 1986, when the mayors of six large cities met in Rotterdam"); a secretariat that sits
or is also in a city ("Das Sekretariat sitzt in Stuttgart", "ist ebenfalls in Frankfurt")."""

from datetime import date

import pytest
from helpers.extracted import facts_of_snippet as _facts
from helpers.extracted import values_of as _of

from scraper.parsers.content import PageContent, Teaser
from scraper.parsers.dates import PartialDate
from scraper.parsers.facts import extract_facts


def _list(lead_in: str, *items: str) -> str:
    return f"{lead_in}<ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>"


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", _list("<p>Paris est membre de :</p>", "Eurocities: 2002", "Metropolis – 2005"),
     {("eurocities", "2002"), ("metropolis", "2005")}),
    ("de", _list("<p>Köln ist Mitglied in:</p>", "Eurocities: 1991", "Klima-Bündnis – 1992"),
     {("eurocities", "1991"), ("climate-alliance", "1992")}),
    ("es", _list("<p>Madrid forma parte de:</p>", "Eurocities: 1991", "Metropolis - 1985"),
     {("eurocities", "1991"), ("metropolis", "1985")}),
    # the city's own networks, under a heading
    ("fr", _list("<h2>Nos réseaux</h2>", "Eurocities (1991)", "Metropolis (1985)"),
     {("eurocities", "1991"), ("metropolis", "1985")}),
    ("en", _list("<h2>Our networks</h2>", "Eurocities – 1991", "Metropolis: 1985"),
     {("eurocities", "1991"), ("metropolis", "1985")}),
    ("it", _list("<h2>Le nostre reti</h2>", "Eurocities (1991)", "ICLEI – 2005"),
     {("eurocities", "1991"), ("iclei", "2005")}),
    # no membership said: partners, a neutral heading, a row on its own; a row that is more than the year
    ("fr", _list("<p>Nos partenaires :</p>", "Eurocities: 2002", "Metropolis – 2005"), set()),
    ("fr", _list("<h2>Réseaux</h2>", "Eurocities (1986)", "Metropolis (1985)"), set()),
    ("fr", "<p>Eurocities : 1986</p>", set()),
    ("fr", _list("<p>Paris est membre de :</p>", "Eurocities: 200 villes", "Metropolis – fondé en 1985"), set()),
])
def test_a_listed_networks_bare_year_under_a_membership_lead_in(lang, body, expected):
    assert _of("joined", body, lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("de", "Eurocities erstreckt sich über 38 Länder und zählt über 200 Städte.",
     {("member_countries", "38", "exact"), ("member_cities", "200", "more_than")}),
    ("de", "Die Mitgliedsstädte von Eurocities verteilen sich über 38 Länder.", {("member_countries", "38", "exact")}),
    ("en", "Eurocities has over 200 member cities spread over 38 countries.",
     {("member_countries", "38", "exact"), ("member_cities", "200", "more_than")}),
    # "über" before the count, or a hedge after the verb, still bounds it
    ("de", "Eurocities hat Mitglieder in über 38 Ländern.", {("member_countries", "38", "more_than")}),
    ("de", "Eurocities erstreckt sich über mehr als 38 Länder.", {("member_countries", "38", "more_than")}),
])
def test_over_after_a_verb_of_extent_is_across_not_more_than(lang, sentence, expected):
    assert {fact[1:] for fact in _facts(f"<p>{sentence}</p>", lang)} == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    # French and Italian name a country or a region with "en", "au", "aux" / "in": no city, so no seat
    ("fr", "Basé en France, le réseau Energy Cities compte 300 villes membres.", set()),
    ("fr", "Installée au Québec, l'association Metropolis réunit 140 villes.", set()),
    ("it", "Con sede in Belgio, la rete Eurocities riunisce oltre 200 città.", set()),
    # a city keeps its seat
    ("fr", "Basé à Bruxelles, le réseau Eurocities compte 200 villes membres.", {("eurocities", "Bruxelles")}),
    ("it", "Con sede a Bruxelles, la rete Eurocities riunisce oltre 200 città.", {("eurocities", "Bruxelles")}),
    ("es", "Con sede en Bruselas, la red Eurocities reúne a más de 200 ciudades.", {("eurocities", "Bruselas")}),
])
def test_a_seat_placed_in_a_country_is_no_headquarters(lang, sentence, expected):
    assert _of("headquarters", f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    ("fr", "Le plus ancien de ses engagements est Eurocities : la Ville siège depuis 1991 au sein de ce réseau des "
           "grandes villes européennes.", {("eurocities", "1991")}),
    ("fr", "Lyon siège au sein d'Eurocities depuis 1989.", {("eurocities", "1989")}),
    ("it", "Il Comune siede dal 1991 nella rete Eurocities.", {("eurocities", "1991")}),
    ("en", "The city has been represented in Eurocities since 1991.", {("eurocities", "1991")}),
    ("es", "La ciudad está representada desde 1991 en Eurocities.", {("eurocities", "1991")}),
    # a seat on its board, the network's own seat, a seat held in the past, a representative's start
    ("fr", "La Ville siège depuis 2015 au conseil d'administration d'Eurocities.", set()),
    ("fr", "Le siège du réseau Eurocities est depuis 1991 à Bruxelles.", set()),
    ("fr", "Energy Cities compte 1 000 villes. La Ville a siégé à son conseil d'administration de 2008 à 2020.", set()),
    ("en", "The city is represented in Eurocities by its deputy mayor since 2020.", set()),
])
def test_a_seat_in_the_network_itself_since_a_year_is_a_membership(lang, sentence, expected):
    assert _of("joined", f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", [
    # a co-president presides, as the data contract's "who presides or chairs it" reads
    ("es", "El alcalde de Madrid, José Luis Martínez-Almeida, presidirá la reunión de la Unión de Ciudades Capitales "
           "Iberoamericanas (UCCI), en su calidad de copresidente de la organización.",
     {("ucci", "José Luis Martínez-Almeida")}),
    ("fr", "Anne Hidalgo, en sa qualité de présidente de l'AIMF, a ouvert la session.", {("aimf", "Anne Hidalgo")}),
    ("en", "Mayor Sadiq Khan, in his capacity as chair of C40, opened the summit.", {("c40", "Sadiq Khan")}),
    ("it", "Il sindaco di Torino, Stefano Lo Russo, ha aperto i lavori di Eurocities in qualità di presidente della "
           "rete.", {("eurocities", "Stefano Lo Russo")}),
    ("de", "Oberbürgermeister Burkhard Jung eröffnete das Treffen von Eurocities in seiner Eigenschaft als Präsident "
           "des Netzwerks.", {("eurocities", "Burkhard Jung")}),
    # a vice-president, the chair of a part, a former capacity, someone else than the subject
    ("es", "El alcalde, José Luis Martínez-Almeida, asistirá a la reunión de la UCCI en su calidad de vicepresidente "
           "de la organización.", set()),
    ("en", "Sadiq Khan, in his capacity as chair of the C40 steering committee, opened the summit.", set()),
    ("en", "Sadiq Khan, in his former capacity as chair of C40, spoke.", set()),
    ("fr", "Anne Hidalgo a reçu le maire de Rome en sa qualité de présidente de la commission Culture de CGLU.", set()),
])
def test_the_subject_in_the_capacity_of_the_networks_president(lang, sentence, expected):
    assert _of("president", f"<p>{sentence}</p>", lang) == expected


def _teaser_presidents(title: str, summary: str, published: PartialDate | None, lang: str) -> set[tuple[str, str]]:
    teaser = Teaser(title, "https://www.ville.example/actualites/1", published, summary)
    content = PageContent(title="Actualités", lang=lang, page_date=None, blocks=(), teasers=(teaser,), main_text="",
                          is_news=False)
    return {(fact["network_id"], fact["value"]) for fact in extract_facts(content, "u", lang, date(2025, 3, 4))
            if fact["attribute"] == "president"}


@pytest.mark.parametrize("lang, title, summary, expected", [
    ("fr", "La Maire de Paris reçoit le maire d'Hiroshima, président des Maires pour la paix",
     "Le réseau prépare le 80e anniversaire du bombardement.", {("mayors-for-peace", "le maire d'Hiroshima")}),
    ("en", "Dario Nardella, president of Eurocities, visits the city", "A day of meetings at City Hall.",
     {("eurocities", "Dario Nardella")}),
    ("es", "El alcalde recibe a Carolina Cosse, presidenta de CGLU", "Una jornada de trabajo en el Ayuntamiento.",
     {("uclg", "Carolina Cosse")}),
])
def test_a_recent_teaser_names_the_office_holder_an_old_or_undated_one_does_not(lang, title, summary, expected):
    assert _teaser_presidents(title, summary, PartialDate(2025, 2, 6), lang) == expected
    assert _teaser_presidents(title, summary, PartialDate(2019, 2, 6), lang) == set()
    assert _teaser_presidents(title, summary, None, lang) == set()


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "From UCLG, born in Paris in 2004, to C40: the networks where Paris makes its voice heard.",
     {("uclg", "founded", "2004"), ("uclg", "founded_place", "Paris")}),
    ("en", "UCLG, born in Paris in 2004, is the largest network of local governments.",
     {("uclg", "founded", "2004"), ("uclg", "founded_place", "Paris")}),
    # a person born, not the network
    ("en", "The Eurocities president, born in 1961, was mayor of Florence.", set()),
])
def test_a_network_born_in_an_apposition(lang, sentence, expected):
    assert {fact[:3] for fact in _facts(f"<p>{sentence}</p>", lang)} == expected


@pytest.mark.parametrize("lang, sentence, place", [
    ("en", "Eurocities was set up in 1986, when the mayors of six large cities met in Rotterdam to give cities a "
           "stronger voice.", "Rotterdam"),
    ("fr", "Eurocities a été créé en 1986, lorsque les maires de six grandes villes se sont réunis à Rotterdam.",
     "Rotterdam"),
    ("es", "Eurocities se fundó en 1986, cuando los alcaldes de seis grandes ciudades se reunieron en Róterdam.",
     "Róterdam"),
    ("it", "Eurocities è stata fondata nel 1986, quando i sindaci di sei grandi città si riunirono a Rotterdam.",
     "Rotterdam"),
    ("de", "Eurocities wurde 1986 gegründet, als sich die Bürgermeister von sechs Großstädten in Rotterdam trafen.",
     "Rotterdam"),
    # a later meeting, in another clause
    ("en", "Eurocities was founded in 1986 and its members met in Barcelona in 2019.", None),
    ("en", "Eurocities was founded in 1986; when the mayors met in Lyon in 2019, they adopted a declaration.", None),
])
def test_where_the_founders_met_in_the_clause_of_the_foundings_date(lang, sentence, place):
    assert _of("founded_place", f"<p>{sentence}</p>", lang) == ({("eurocities", place)} if place else set())
    assert _of("founded", f"<p>{sentence}</p>", lang) == {("eurocities", "1986")}


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>Cities for Mobility</h2><p>Im Netzwerk Cities for Mobility arbeitet Leipzig mit. Das Sekretariat sitzt "
           "in Stuttgart.</p>", {("cities-for-mobility", "Stuttgart")}),
    ("de", "<p>Das Klima-Bündnis wurde 1990 gegründet; seine Europäische Geschäftsstelle ist ebenfalls in "
           "Frankfurt.</p>", {("climate-alliance", "Frankfurt")}),
    ("de", "<p>Das Generalsekretariat von Eurocities liegt in Brüssel.</p>", {("eurocities", "Brüssel")}),
    ("fr", "<p>L'AIMF a été fondée en 1979 à Québec ; son siège est également à Paris.</p>", {("aimf", "Paris")}),
    # a street is no city
    ("de", "<p>Eurocities: Das Sekretariat sitzt in der Rue de la Science.</p>", set()),
])
def test_a_secretariat_that_sits_or_is_also_in_a_city(lang, body, expected):
    assert _of("headquarters", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    # under the city's own networks, a row of a name and a year is a joining; a paragraph is read as written
    ("en", "<h2>Our networks</h2><p>The Covenant of Mayors dates back to 2008.</p>", {("founded", "2008")}),
    ("it", "<h2>Le nostre reti</h2><p>L'AIMF risale al 1979.</p>", {("founded", "1979")}),
    ("fr", "<h2>Nos réseaux</h2><p>Eurocities (depuis 1991)</p>", {("joined", "1991")}),
])
def test_the_city_s_own_networks_heading_leads_in_rows_not_paragraphs(lang, body, expected):
    assert {(attribute, value) for _, attribute, value, _ in _facts(body, lang)} == expected


@pytest.mark.parametrize("lang, sentence", [
    ("es", "La red Metropolis, con base en Barcelona, agrupa a metrópolis."),
    ("it", "La rete Eurocities, basata a Bruxelles, riunisce città."),
])
def test_a_seat_in_a_city_in_spanish_and_italian_is_not_taken_for_a_country(lang, sentence):
    assert _of("headquarters", f"<p>{sentence}</p>", lang) != set()
