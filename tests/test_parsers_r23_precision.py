"""Wrong finds: another city's membership told in an apposition after its name, a national or a country's office's
seat, a count of a national body the network's members form."""

import pytest
from helpers.extracted import triples_of_snippet


def _of(attribute, facts):
    return {fact for fact in facts if fact[1] == attribute}


@pytest.mark.parametrize("lang, url, body, own", [
    ("en", "https://www.edmonton.ca/news", "<h2>Resilient Cities Network</h2><p>Edmonton joined the network in 2025. "
                                           "Calgary, a member since 2016, will act as Edmonton's mentor city.</p>",
     ("resilient-cities-network", "joined", "2025")),
    ("fr", "https://www.ville-rennes.fr/international", "<p>Rennes adhère à l'AIMF depuis 2005 ; Lyon, membre depuis "
                                                        "2001, en assure la vice-présidence.</p>",
     ("aimf", "joined", "2005")),
    ("de", "https://www.augsburg.de/international", "<h2>Eurocities</h2><p>Augsburg ist seit 2015 Mitglied. Nürnberg, "
                                                    "Mitglied seit 1992, unterstützt die Stadt als Mentorin.</p>",
     ("eurocities", "joined", "2015")),
    ("es", "https://www.cali.gov.co/redes", "<div class='card'><h3>CIDEU</h3><p>Cali es miembro del CIDEU desde 2004. "
                                            "Medellín, miembro desde 1995, será su ciudad mentora.</p></div>",
     ("cideu", "joined", "2004")),
    ("it", "https://www.comune.parma.it/reti", "<ul><li>Parma aderisce a Eurocities dal 2009. Bologna, socia dal 1993, "
                                               "sarà la città tutor.</li></ul>", ("eurocities", "joined", "2009")),
    ("en", "https://www.leeds.gov.uk/international", "<dl><dt>Eurocities</dt><dd>Leeds joined in 2008. Manchester, a "
                                                     "founding member since 1986, acts as our mentor.</dd></dl>",
     ("eurocities", "joined", "2008")),
])
def test_a_membership_in_the_apposition_after_another_citys_name_is_that_citys(lang, url, body, own):
    joinings = _of("joined", triples_of_snippet(body, lang, url=url))
    assert joinings == {own}


@pytest.mark.parametrize("lang, url, body, expected", [
    # the trap: the publishing city's own name before the apposition
    ("en", "https://www.calgary.ca/news", "<h2>Resilient Cities Network</h2><p>Calgary, a member since 2016, will act "
                                          "as Edmonton's mentor city.</p>",
     ("resilient-cities-network", "joined", "2016")),
    ("fr", "https://www.lyon.fr/international", "<h2>AIMF</h2><p>Lyon, membre depuis 2001, en assure la "
                                                "vice-présidence.</p>", ("aimf", "joined", "2001")),
    ("it", "https://www.comune.bologna.it/reti", "<h2>Eurocities</h2><p>Bologna, socia dal 1993, sarà la città tutor."
                                                 "</p>", ("eurocities", "joined", "1993")),
])
def test_the_citys_own_membership_in_the_apposition_stays(lang, url, body, expected):
    assert expected in triples_of_snippet(body, lang, url=url)


@pytest.mark.parametrize("url, body, expected", [
    ("https://www.augsburg.de/international", "<p>Augsburg ist seit 2012 Mitglied im Klima-Bündnis. Graz ist seit 1998 "
                                              "dabei und begleitet die Stadt.</p>",
     {("climate-alliance", "joined", "2012")}),
    # the trap: the publishing city's own "dabei"
    ("https://www.graz.at/international", "<h2>Klima-Bündnis</h2><p>Graz ist seit 1998 dabei.</p>",
     {("climate-alliance", "joined", "1998")}),
])
def test_another_citys_dabei_since_a_year_is_its_joining(url, body, expected):
    assert _of("joined", triples_of_snippet(body, "de", url=url)) == expected


@pytest.mark.parametrize("lang, body, seat, office", [
    ("de", "<p>Das Klima-Bündnis hat seinen Sitz in Frankfurt am Main; in Österreich hat es eine eigene "
           "Geschäftsstelle mit Sitz in Wien.</p>", "Frankfurt am Main", "Wien"),
    ("fr", "<div class='card'><h3>Alliance pour le climat</h3><p>L'Alliance pour le climat a son siège à Francfort ; "
           "sa coordination nationale, basée à Paris, anime le réseau français.</p></div>", "Francfort", "Paris"),
    ("it", "<h2>Cittaslow</h2><p>Cittaslow ha sede a Orvieto; la rete nazionale tedesca ha la sua segreteria a "
           "Hersbruck.</p>", "Orvieto", "Hersbruck"),
    ("en", "<ul><li>ICLEI is headquartered in Bonn; in Canada it runs an office in Toronto.</li></ul>", "Bonn",
     "Toronto"),
    ("es", "<dl><dt>CIDEU</dt><dd>El CIDEU tiene su sede en Barcelona; en México cuenta con una oficina en Guadalajara."
           "</dd></dl>", "Barcelona", "Guadalajara"),
])
def test_the_seat_of_a_national_office_or_of_one_in_a_country_is_not_the_networks(lang, body, seat, office):
    seats = {value for _, attribute, value in triples_of_snippet(body, lang) if attribute == "headquarters"}
    assert seat in seats
    assert office not in seats


@pytest.mark.parametrize("lang, body, expected", [
    # the trap: the network's one office placed in its country, or the network itself called national
    ("de", "<p>Der Österreichische Städtebund hat in Österreich seine Geschäftsstelle mit Sitz in Wien.</p>",
     ("osterreichischer-stadtebund", "headquarters", "Wien")),
    ("fr", "<p>L'Association des maires de France, réseau national des maires, a son siège à Paris.</p>",
     ("association-des-maires-de-france", "headquarters", "Paris")),
])
def test_the_networks_own_seat_in_its_country_stays(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body", [
    ("fr", "<div class='card'><h3>Alliance pour le climat</h3><p>En France, les membres de l'Alliance pour le climat "
           "se regroupent dans une association nationale qui rassemble une trentaine de villes.</p></div>"),
    ("es", "<ul><li>En España, los miembros de Cittaslow forman la red nacional, que agrupa a unas 30 ciudades.</li>"
           "</ul>"),
    ("it", "<dl><dt>Patto dei Sindaci</dt><dd>In Italia i soci del Patto dei Sindaci sono riuniti nel coordinamento "
           "nazionale, che conta circa 4000 comuni.</dd></dl>"),
    ("en", "<h2>Cittaslow</h2><p>In Italy, the members of Cittaslow form a national network, which counts about 90 "
           "towns.</p>"),
])
def test_a_count_of_a_national_body_the_members_form_is_not_the_networks(lang, body):
    assert not {fact for fact in triples_of_snippet(body, lang) if fact[1] == "member_cities"}


@pytest.mark.parametrize("lang, body, expected", [
    # the trap: the network's own count beside its national body, and a national body named as a network of its own
    ("de", "<p>Das Klima-Bündnis zählt über 2000 Mitgliedskommunen; in der Schweiz haben sich die Mitglieder zu einem "
           "Verein zusammengeschlossen.</p>", ("climate-alliance", "member_cities", "2000")),
    ("fr", "<p>Les membres de l'AIMF, qui rassemble plus de 300 villes, se réunissent chaque année.</p>",
     ("aimf", "member_cities", "300")),
    ("it", "<p>In Italia i comuni sono riuniti nell'ANCI, che conta circa 7000 comuni.</p>",
     ("associazione-nazionale-comuni-italiani", "member_cities", "7000")),
    ("de", "<h2>Klima-Bündnis</h2><p>In der Schweiz haben sich die Mitglieder im Verein Klima-Bündnis-Städte Schweiz "
           "zusammengeschlossen, der rund zwanzig Städte umfasst.</p>",
     ("klima-bundnis-stadte-schweiz", "member_cities", "20")),
])
def test_the_networks_own_count_beside_a_national_body_stays(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>Sister Cities New Zealand</h2><p>The council is a member of Sister Cities New Zealand, the national "
           "association that supports more than 40 member councils.</p>",
     ("sister-cities-new-zealand", "represented_governments", "40")),
    ("it", "<p>Il gonfalone sfilerà con quelli degli enti soci del Coordinamento nazionale degli enti locali per la "
           "pace, che conta circa 700 enti locali.</p>",
     ("coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani", "represented_governments", "700")),
])
def test_a_national_body_that_is_the_network_keeps_its_count(lang, body, expected):
    assert expected in triples_of_snippet(body, lang)
