"""Wrong finds: a founding member's "since" read as the founding, another city's joining read as the city's."""

import pytest
from helpers.extracted import SNIPPET_URL, extracted, triples_of_snippet


def _of(attribute, facts):
    return {fact for fact in facts if fact[1] == attribute}


@pytest.mark.parametrize("lang, body, network, year", [
    ("es", "<p>“Cali es miembro fundador del CIDEU desde 1993 y ahora vamos a mostrar cómo estamos transformando la "
           "ciudad”, dijo el alcalde.</p>", "cideu", "1993"),
    ("fr", "<p>Lyon est membre fondateur d'Eurocities depuis 1986.</p>", "eurocities", "1986"),
    ("en", "<dl><dt>Eurocities</dt><dd>Founding member since 1986</dd></dl>", "eurocities", "1986"),
    ("de", "<h2>Eurocities</h2><p>Leipzig ist Gründungsmitglied von Eurocities seit 1986.</p>", "eurocities", "1986"),
    ("it", "<div class='card'><h3>Eurocities</h3><p>Torino è socio fondatore di Eurocities dal 1986.</p></div>",
     "eurocities", "1986"),
    ("fr", "<table><tr><th>Réseau</th><td>AIMF</td></tr><tr><th>Statut</th><td>Membre fondateur depuis 1979</td></tr>"
           "</table>", "aimf", "1979"),
])
def test_a_founding_member_since_a_year_joined_then_the_founding_is_not_stated(lang, body, network, year):
    facts = triples_of_snippet(body, lang)
    assert (network, "joined", year) in facts
    assert not _of("founded", facts)


@pytest.mark.parametrize("lang, body, expected", [
    # the trap: the founding stated in the sentence, or the founding member's year without "since"
    ("es", "<p>Cali es miembro fundador del CIDEU, red creada en 1993 en Barcelona.</p>", ("cideu", "founded", "1993")),
    ("fr", "<p>Lyon est membre fondateur d'Eurocities, fondé en 1986.</p>", ("eurocities", "founded", "1986")),
    ("en", "<p>Leeds was a founding member of Eurocities in 1986.</p>", ("eurocities", "founded", "1986")),
])
def test_a_founding_stated_or_a_founding_members_year_still_dates_the_founding(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, url, body", [
    ("es", "https://www.cali.gov.co/redes", "<h2>CIDEU</h2><p>Cali es miembro del CIDEU. Medellín, que se unió a la "
                                            "red en 2004, y Bogotá acompañarán la organización del encuentro.</p>"),
    ("fr", "https://www.lyon.fr/international", "<div class='card'><h3>Eurocities</h3><p>Lyon est membre "
                                                "d'Eurocities. Grenoble, qui a rejoint le réseau en 2019, accueillera "
                                                "le forum.</p></div>"),
    ("en", "https://www.leeds.gov.uk/international", "<h2>Eurocities</h2><ul><li>Leeds is a member.</li><li>Bristol, "
                                                     "which joined the network in 2015, will host the annual meeting."
                                                     "</li></ul>"),
    ("it", "https://www.comune.torino.it/reti", "<h2>Eurocities</h2><p>Torino è membro di Eurocities. Bologna, che ha "
                                                "aderito alla rete nel 2008, ospiterà il forum.</p>"),
])
def test_another_citys_joining_in_a_relative_clause_after_its_name_is_not_the_citys(lang, url, body):
    assert not _of("joined", triples_of_snippet(body, lang, url=url))


@pytest.mark.parametrize("lang, url, body, expected", [
    # the trap: the publishing city's own name before the relative clause
    ("es", "https://www.cali.gov.co/redes", "<h2>CIDEU</h2><p>Cali, que se unió a la red en 1993, acoge el "
                                            "congreso.</p>", ("cideu", "joined", "1993")),
    ("fr", "https://www.lyon.fr/international", "<h2>Eurocities</h2><p>Lyon, qui a rejoint le réseau en 1989, "
                                                "accueillera le forum.</p>", ("eurocities", "joined", "1989")),
])
def test_the_citys_own_joining_in_a_relative_clause_stays(lang, url, body, expected):
    assert expected in triples_of_snippet(body, lang, url=url)


def _counts(facts):
    return {fact for fact in facts if fact[1] in ("member_cities", "member_countries", "represented_governments")}


@pytest.mark.parametrize("lang, body", [
    ("it", "<h2>Rete delle città creative UNESCO</h2><p>Cremona ne fa parte dal 2017 e nel gruppo della musica, che "
           "conta oggi 74 città, collabora in particolare con Siviglia.</p>"),
    ("fr", "<div class='card'><h3>Réseau des villes créatives de l'UNESCO</h3><p>Lyon y siège dans la catégorie des "
           "arts numériques, qui compte 60 villes.</p></div>"),
    ("en", "<dl><dt>UNESCO Creative Cities Network</dt><dd>Edinburgh belongs to the literature cluster, which counts "
           "53 cities.</dd></dl>"),
    ("de", "<h2>UNESCO Creative Cities Network</h2><p>Mannheim gehört zur Sparte Musik, die 60 Städte zählt.</p>"),
    ("es", "<h2>Red de Ciudades Creativas de la UNESCO</h2><ul><li>Sevilla participa en el grupo de la música, que "
           "reúne a 60 ciudades.</li></ul>"),
])
def test_a_count_in_a_relative_after_one_group_of_the_members_is_the_groups(lang, body):
    assert not _counts(triples_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body, expected", [
    # the trap: the network itself called a group
    ("fr", "<p>Eurocities, un groupe de villes européennes, qui compte 200 membres, a son siège à Bruxelles.</p>",
     ("eurocities", "member_cities", "200")),
    ("it", "<p>Eurocities, un gruppo di grandi città, che conta oggi 200 città, ha sede a Bruxelles.</p>",
     ("eurocities", "member_cities", "200")),
])
def test_the_network_called_a_group_keeps_its_count(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("it", "<h2>Rete delle città creative UNESCO</h2><p>L'edizione 2026 dell'incontro si era svolta a Liverpool, con "
           "la partecipazione di 48 città.</p>"),
    ("fr", "<ul><li>L'AIMF a tenu son assemblée à Kigali, avec la participation de 48 villes.</li></ul>"),
    ("en", "<h2>Eurocities</h2><p>The annual meeting took place in Ghent, with the participation of 130 cities.</p>"),
    ("de", "<h2>Eurocities</h2><p>Das Jahrestreffen fand in Gent statt, unter Beteiligung von 130 Städten.</p>"),
    ("es", "<div class='card'><h3>CIDEU</h3><p>El encuentro se celebró en Guadalajara, con la participación de 68 "
           "ciudades.</p></div>"),
])
def test_the_cities_taking_part_in_an_event_are_no_members(lang, body):
    assert not _counts(triples_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body", [
    ("fr", "<h2>AIMF</h2><p>« Accueillir nos collègues maires francophones est une reconnaissance du travail accompli "
           "par nos équipes et par les dix communes d’arrondissement », a déclaré le Maire.</p>"),
    ("fr", "<table><tr><th>Réseau</th><td>AIMF</td></tr><tr><th>Partenaires</th><td>Les dix communes "
           "d'arrondissement de la capitale</td></tr></table>"),
    ("en", "<h2>Eurocities</h2><p>The mayor thanked the 32 municipalities of the city for their work on the "
           "Eurocities forum.</p>"),
    ("es", "<h2>CIDEU</h2><p>El alcalde agradeció a los 16 municipios de la capital su trabajo en el congreso del "
           "CIDEU.</p>"),
    ("it", "<div class='card'><h3>Eurocities</h3><p>Il sindaco ha ringraziato i 15 municipi della città per il lavoro "
           "svolto con Eurocities.</p></div>"),
    ("de", "<h2>Eurocities</h2><p>Der Oberbürgermeister dankte den zehn Gemeinden der Stadt für ihre Arbeit bei "
           "Eurocities.</p>"),
])
def test_the_citys_own_units_are_no_members(lang, body):
    assert not _counts(triples_of_snippet(body, lang))


def test_a_countrys_communes_a_network_gathers_stay_its_members():
    assert ("aimf", "member_cities", "342") in triples_of_snippet("<h2>AIMF</h2><p>L'AIMF rassemble 342 communes du "
                                                                  "pays.</p>", "fr")


def _article(title: str, published: str, updated: str, text: str) -> str:
    """An article whose published and updated days stand in spans of one line under its title."""
    return (f"<article><h1>{title}</h1><div class='meta'><span>{published}</span> | <span>{updated}</span> | "
            f"<span>Relaciones internacionales</span></div><p>{text}</p></article>")


def _is_news(body: str, lang: str) -> bool:
    return any(row["url"] == SNIPPET_URL for row in extracted(body, lang, heading=None).news)


@pytest.mark.parametrize("lang, body", [
    ("es", _article("Cali en las redes internacionales de ciudades", "Publicado: 17 de marzo de 2026",
                    "Actualizado: 2 de octubre de 2026", "Desde hace más de tres décadas, la ciudad participa en redes "
                                                         "de ciudades. Este recorrido resume los principales hitos.")),
    ("fr", _article("La ville dans les réseaux de villes", "Publié le 12 mars 2024", "Mis à jour le 5 novembre 2025",
                    "Depuis trente ans, la ville participe aux réseaux de villes. Cette page résume ses engagements.")),
    ("en", _article("The city in international networks", "Published: 12 March 2024", "Updated: 5 November 2025",
                    "For thirty years the city has taken part in city networks. This page sums up its memberships.")),
    ("it", _article("Torino nelle reti internazionali di città", "Pubblicato: 17 marzo 2025",
                    "Ultimo aggiornamento: 2 ottobre 2026", "Da trent'anni la città partecipa alle reti di città. "
                                                           "Questa pagina riassume le sue adesioni.")),
    ("de", _article("Die Stadt in internationalen Städtenetzwerken", "Veröffentlicht: 17. März 2025",
                    "Aktualisiert: 2. Oktober 2026", "Seit dreißig Jahren wirkt die Stadt in Städtenetzwerken mit. "
                                                     "Diese Seite fasst ihre Mitgliedschaften zusammen.")),
])
def test_an_article_updated_months_after_it_was_published_is_a_topic_page(lang, body):
    assert not _is_news(body, lang)


def test_an_article_corrected_days_after_it_was_published_stays_news():
    body = _article("La ville accueille le forum", "Publié le 12 mars 2025", "Mis à jour le 14 mars 2025",
                    "La ville accueillera le forum des maires le 20 juin. Trois cents élus sont attendus.")
    assert _is_news(body, "fr")


@pytest.mark.parametrize("lang, body", [
    ("en", "<p>The congress is organised by ICLEI Africa, whose secretariat is based in Cape Town, together with the "
           "City.</p>"),
    ("fr", "<div class='card'><h3>ICLEI</h3><p>ICLEI Europe, dont le secrétariat est installé à Fribourg, anime le "
           "réseau européen.</p></div>"),
    ("de", "<h2>ICLEI</h2><p>ICLEI Europa mit Sitz in Freiburg betreut die europäischen Mitglieder.</p>"),
    ("es", "<ul><li>ICLEI América Latina, con sede en São Paulo, coordina a los miembros de la región.</li></ul>"),
    ("it", "<h2>ICLEI</h2><p>ICLEI Europa, con sede a Friburgo, coordina i membri europei.</p>"),
])
def test_a_continental_office_the_vocabulary_does_not_know_has_no_seat(lang, body):
    assert not _of("headquarters", triples_of_snippet(body, lang))


@pytest.mark.parametrize("lang, body", [
    # the trap: a section the vocabulary knows keeps its seat
    ("fr", "<p>CGLU Afrique, dont le siège est à Rabat, fédère les associations nationales.</p>"),
    ("en", "<dl><dt>UCLG Africa</dt><dd>Headquartered in Rabat.</dd></dl>"),
])
def test_a_known_sections_seat_stays(lang, body):
    assert ("cglu-afrique", "headquarters", "Rabat") in triples_of_snippet(body, lang)
