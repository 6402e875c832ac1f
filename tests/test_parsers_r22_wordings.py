"""Wordings next to a network's name that city pages use for its facts: the national seat of a national association
named by its noun ("La sede nazionale dell'Associazione è a Roma", "le siège national de l'association", "die
Hauptgeschäftsstelle des Verbandes"), never its regional section's; a seat in a country whose capital bears its name,
with the article French and Italian contract ("dont le siège est au Koweït", "ha sede nel Lussemburgo"), no other
country."""

import pytest
from helpers.extracted import triples_of_snippet


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
