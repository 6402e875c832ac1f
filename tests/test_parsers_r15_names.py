"""One network, one id: where a network's name ends and how a page's later short form refers back to it. A name goes
on through an elided article ("dell'Adriatico", "d'Europe") and the capitalised words after it; an acronym in brackets
abbreviates the name before it even when its letters follow another tongue's order or take two letters of a word, and
names that network afterwards ("la OPACI"). What is no network: an acronym of a ministry, an agency or a programme."""

import pytest
from helpers.extracted import triples_of_snippet

from scraper.parsers.networks import network_as_subject, network_ids


@pytest.mark.parametrize("sentence, expected", [
    ("Il Forum delle Città dell'Adriatico e dello Ionio è nato nel 1999 ad Ancona.",
     "forum-delle-citta-dell-adriatico-e-dello-ionio"),
    ("L'Association des Villes d'Europe et d'Asie a été fondée en 1990 à Lyon.",
     "association-des-villes-d-europe-et-d-asie"),
    ("L'Unione dei Comuni dell'Alta Valle ha sede a Trento.", "unione-dei-comuni-dell-alta-valle"),
    ("L'Association des maires d'Ille-et-Vilaine a son siège à Rennes.", "association-des-maires-d-ille-et-vilaine"),
])
def test_a_subjects_name_goes_on_through_an_elided_article(sentence, expected):
    assert network_as_subject(sentence).network_id == expected


def test_a_name_ends_before_an_elided_word_in_lower_case():
    assert network_as_subject("La Lega delle Città d'arte è nata nel 1990.").network_id == "lega-delle-citta"


@pytest.mark.parametrize("sentence, expected", [
    # the acronym's letters in another tongue's order
    ("Il Forum delle Città dell'Adriatico e dello Ionio (FAIC) è nato nel 1999 ad Ancona.",
     "forum-delle-citta-dell-adriatico-e-dello-ionio"),
    # a word giving two letters; cooperation between municipalities says whom it gathers
    ("Fundada en 1954, la Organización Paraguaya de Cooperación Intermunicipal (OPACI) tiene su sede en Asunción.",
     "organizacion-paraguaya-de-cooperacion-intermunicipal"),
    ("Die Organisation der Städte und Gemeinden Europas (OSGE) hat ihren Sitz in Innsbruck.",
     "organisation-der-stadte-und-gemeinden-europas"),
    ("The Forum of Adriatic and Ionian Cities (FAIC) was founded in 1999.",
     "forum-delle-citta-dell-adriatico-e-dello-ionio"),
    ("L'Organisation des Villes et Capitales Islamiques (OVCI) a son siège à Djeddah.",
     "organisation-des-villes-et-capitales-islamiques"),
    ("El Foro de Ciudades por la Seguridad Vial (FCSV) reúne a 40 ciudades.", "foro-de-ciudades-por-la-seguridad-vial"),
])
def test_an_acronym_in_brackets_abbreviates_the_organisations_name_before_it(sentence, expected):
    assert expected in network_ids(sentence)


@pytest.mark.parametrize("sentence", [
    "L'Organisation mondiale de la santé (OMS) a son siège à Genève.",
    "El Ministerio de Desarrollo de Ciudades (MIDECI) financia el proyecto.",
    "Il Consiglio dei Ministri (CDM) ha approvato il decreto sulle Città metropolitane.",
    "The Council of Europe Development Bank (CEB) lends to cities.",
])
def test_an_acronym_of_no_network_is_no_network(sentence):
    assert network_ids(sentence) == []


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>FLACMA</h2><p>La Federación Latinoamericana de Ciudades, Municipios y Asociaciones de Gobiernos Locales "
     "agrupa a las asociaciones del continente. En el país participa también la Organización Paraguaya de "
     "Cooperación Intermunicipal (OPACI).</p><p>Fundada en 1954, la OPACI tiene su sede en Asunción.</p>", "es",
     ("organizacion-paraguaya-de-cooperacion-intermunicipal", "headquarters", "Asunción")),
    ("<h2>Cités Unies France</h2><p>La Ville suit aussi les travaux de l'Association des Villes d'Europe et "
     "d'Asie (AVEA).</p><p>Créée en 1990, l'AVEA a son siège à Lyon.</p>", "fr",
     ("association-des-villes-d-europe-et-d-asie", "headquarters", "Lyon")),
    ("<h2>ANCI</h2><p>Il Comune partecipa anche al Forum delle Città dell'Adriatico e dello Ionio (FAIC).</p>"
     "<ul><li>Il FAIC ha sede a Pescara.</li></ul>", "it",
     ("forum-delle-citta-dell-adriatico-e-dello-ionio", "headquarters", "Pescara")),
    ("<h2>Deutscher Städtetag</h2><p>Die Stadt arbeitet auch in der Organisation der Städte und Gemeinden Europas "
     "(OSGE) mit.</p><p>Die OSGE hat ihren Sitz in Innsbruck.</p>", "de",
     ("organisation-der-stadte-und-gemeinden-europas", "headquarters", "Innsbruck")),
    ("<h2>Local Government Association</h2><p>The city also belongs to the Forum of Adriatic and Ionian Cities "
     "(FAIC).</p><table><tr><td>The FAIC has its seat in Ancona.</td></tr></table>", "en",
     ("forum-delle-citta-dell-adriatico-e-dello-ionio", "headquarters", "Ancona")),
])
def test_an_acronym_the_page_gave_names_that_network_afterwards(body, lang, expected):
    network, attribute, value = expected
    triples = triples_of_snippet(body, lang)
    assert expected in triples
    assert not any(found == (other, attribute, value) for found in triples for other in ("flacma", "cites-unies-france",
                   "anci", "deutscher-stadtetag", "local-government-association"))


@pytest.mark.parametrize("body, lang", [
    # an acronym given to a programme, not a network: the section's network keeps the sentence
    ("<h2>FLACMA</h2><p>La FLACMA coopera con el Programa de Desarrollo Municipal (PDM).</p>"
     "<p>Con el PDM, la FLACMA tiene su sede en Quito.</p>", "es"),
    ("<h2>Cités Unies France</h2><p>Le réseau soutient le Programme Villes et Climat (PVC).</p>"
     "<p>Cités Unies France a son siège à Paris, comme le PVC.</p>", "fr"),
])
def test_an_acronym_given_to_no_network_names_none(body, lang):
    networks = {network for network, attribute, _ in triples_of_snippet(body, lang) if attribute == "headquarters"}
    assert networks and not any(network in {"pdm", "pvc"} or "programa" in network or "programme" in network
                                for network in networks)


@pytest.mark.parametrize("sentence, expected", [
    ("En France, la Ville participe aux travaux de l'AFCDRP - Maires pour la Paix France, l'association qui relaie "
     "l'action de 200 collectivités.", ["afcdrp"]),
    ("La città aderisce ad AFCDRP – Maires pour la Paix France, l'associazione francese del movimento.", ["afcdrp"]),
    ("The city belongs to the AFCDRP — Mayors for Peace France, which gathers 200 local authorities.", ["afcdrp"]),
    ("Die Stadt ist Mitglied der ANCB – Association Nationale des Communes du Bénin, die 77 Gemeinden vertritt.",
     ["association-nationale-des-communes-du-benin"]),
])
def test_an_acronym_and_its_name_joined_by_a_dash_are_the_acronyms_network(sentence, expected):
    assert network_ids(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a row of names, another network the vocabulary knows, another network's name
    ("Membre : AIMF – Réseau des Villes Créatives – ICLEI", ["aimf", "unesco-creative-cities-network", "iclei"]),
    ("Réseaux : AIMF – Eurocities", ["aimf", "eurocities"]),
    ("AIMF – Association des Maires du Bénin, 77 communes", ["aimf", "association-des-maires-du-benin"]),
])
def test_names_after_a_dash_that_are_other_networks_stay(sentence, expected):
    assert network_ids(sentence) == expected


def test_the_count_after_an_acronym_and_its_dashed_name_is_the_acronyms():
    body = ("<p>En France, la Ville participe aux travaux de l'AFCDRP - Maires pour la Paix France, l'association qui "
            "relaie l'action du réseau mondial auprès de quelque 200 collectivités adhérentes.</p>")
    assert {network for network, _, _ in triples_of_snippet(body)} == {"afcdrp"}


def _timeline(*entries: tuple[int, str, str]) -> str:
    return "<h2>Chronik</h2><ul class='timeline'>" + "".join(
        f"<li class='timeline__item'><div class='timeline__year'><span>{year}</span></div><div class='timeline__body'>"
        f"<h3 class='timeline__title'>{title}</h3><p>{text}</p></div></li>" for year, title, text in entries) + "</ul>"


@pytest.mark.parametrize("body, expected", [
    # a timeline whose earlier entry heads another network's section
    (_timeline((2004, "Gründung der ECCAR", "In Nürnberg wird die Europäische Städtekoalition gegen Rassismus "
                "gegründet."),
               (2009, "Mayors for Peace", "Augsburg tritt dem Netzwerk Bürgermeister für den Frieden bei."),
               (2016, "Mitglied der ECCAR", "Mit dem Beitritt zur Städtekoalition verpflichtet sich Augsburg auf den "
                "Aktionsplan gegen Rassismus.")),
     ("eccar", "joined", "2016")),
    # prose: the name in one paragraph, the compound in a later one under another network's heading
    ("<h2>Mayors for Peace</h2><p>Die Stadt gehört seit 2009 zu Mayors for Peace. Sie arbeitet auch in der "
     "Europäischen Städtekoalition gegen Rassismus mit.</p><p>Der Städtekoalition trat die Stadt 2012 bei.</p>",
     ("eccar", "joined", "2012")),
    # a definition list: the name as one term's description, the compound under another term
    ("<h2>Netzwerke</h2><dl><dt>ECCAR</dt><dd>Europäische Städtekoalition gegen Rassismus</dd><dt>Mayors for Peace"
     "</dt><dd>Seit 2009 Mitglied. Seit 2016 gehört die Stadt auch der Städtekoalition an.</dd></dl>",
     ("eccar", "joined", "2016")),
])
def test_a_compound_that_a_networks_name_holds_is_that_networks_short_name(body, expected):
    assert expected in triples_of_snippet(body, "de", title="Stadt")


@pytest.mark.parametrize("body, wrong", [
    # the bare noun is any network's: it is left to the section
    (_timeline((2004, "ECCAR", "Die Europäische Städtekoalition gegen Rassismus wird in Nürnberg gegründet."),
               (2009, "Mayors for Peace", "Augsburg tritt dem Netzwerk Bürgermeister für den Frieden bei."),
               (2016, "Beitritt", "Mit dem Beitritt zur Koalition setzt Augsburg ein Zeichen.")),
     ("eccar", "joined", "2016")),
    # two names sharing the compound: neither
    ("<h2>Netzwerke</h2><p>Die Stadt arbeitet in der Europäischen Städtekoalition gegen Rassismus und im Netzwerk "
     "„Internationale Städtekoalition für Inklusion“ mit.</p><p>Der Städtekoalition trat die Stadt 2012 bei.</p>",
     ("eccar", "joined", "2012")),
])
def test_a_bare_noun_or_a_compound_two_names_share_names_none(body, wrong):
    assert wrong not in triples_of_snippet(body, "de", title="Stadt")


@pytest.mark.parametrize("sentence, expected", [
    ("2023: Augsburg wird Mitglied im Bündnis „Kommunen für biologische Vielfalt“ und stellt einen Aktionsplan auf.",
     "kommunen-fur-biologische-vielfalt"),
    ("La Ville adhère à l'association « Villes Internet » depuis 2005.", "villes-internet"),
    ("Madrid se sumó en 2015 a la asociación «Ciudades que Caminan».", "ciudades-que-caminan"),
    ("Il Comune aderisce all'associazione “Città del Vino” dal 2001.", "associazione-nazionale-citta-del-vino"),
    ("The city has belonged to the alliance “Cities for Life” since 2010.", "cities-for-life"),
])
def test_a_quoted_name_after_a_members_organisations_noun_is_a_network(sentence, expected):
    assert network_ids(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "La Ville soutient l'association « Les Amis du Louvre » depuis 2005.",
    "Die Stadt fördert den Verein „Freunde des Theaters“ seit 2001.",
    "El Ayuntamiento colabora con la asociación «Amigos del Museo».",
])
def test_a_quoted_club_or_charity_is_no_network(sentence):
    assert network_ids(sentence) == []


def test_a_quoted_networks_facts_and_joining_are_its_own():
    body = ("<h2>Mayors for Peace</h2><p>Seit 2009 ist die Stadt Mitglied von Mayors for Peace.</p>"
            "<p>2023 wird Augsburg Mitglied im Bündnis „Kommunen für biologische Vielfalt“.</p>"
            "<p>Das Bündnis „Kommunen für biologische Vielfalt“ wurde 2012 gegründet und hat seine Geschäftsstelle "
            "in Radolfzell am Bodensee.</p>")
    triples = triples_of_snippet(body, "de", title="Stadt")
    assert {("kommunen-fur-biologische-vielfalt", "joined", "2023"),
            ("kommunen-fur-biologische-vielfalt", "founded", "2012")} <= triples
    assert ("mayors-for-peace", "joined", "2023") not in triples


@pytest.mark.parametrize("sentence", [
    "Der Städtebund DIE HANSE, 1980 im niederländischen Zwolle gegründet, zählt über 190 Städte.",
    "Der Städtebund Die Hanse knüpft an die Tradition des mittelalterlichen Handelsbundes an.",
    "Seit 1991 ist Rostock Mitglied des Städtebundes Die Hanse.",
    "Founded in Zwolle in 1980, DIE HANSE links 190 towns in 16 countries.",
    "La ville est membre de DIE HANSE depuis 1993.",
])
def test_the_league_of_hanseatic_towns_has_one_id_in_every_form_of_its_name(sentence):
    assert network_ids(sentence) == ["die-hanse"]


@pytest.mark.parametrize("sentence", [
    "Die Hanse war im Mittelalter ein Bund von Kaufleuten.",
    "Lübeck war die Königin der Hanse.",
    "Rostock feiert die Hansesail im August.",
])
def test_the_medieval_hanse_is_no_network(sentence):
    assert network_ids(sentence) == []


def test_a_card_headed_by_the_leagues_noun_and_name_gives_its_facts_to_it():
    body = ("<h2>Städtebund DIE HANSE</h2><p>Der Städtebund DIE HANSE, 1980 im niederländischen Zwolle ins Leben "
            "gerufen, ist mit über 190 Mitgliedsstädten in 16 Ländern die größte Städtegemeinschaft der Welt. Rostock "
            "ist seit 1991 Mitglied.</p>")
    assert {network for network, _, _ in triples_of_snippet(body, "de", title="Rostock")} == {"die-hanse"}


@pytest.mark.parametrize("sentence, expected", [
    ("Paris est membre du Forum européen pour la sécurité urbaine depuis 1987.", "efus"),
    ("The city joined the European Forum for Urban Security in 2010.", "efus"),
    ("Mannheim ist seit 2012 Mitglied im Europäischen Forum für urbane Sicherheit.", "efus"),
    ("Barcelona forma parte del Foro Europeo para la Seguridad Urbana desde 1990.", "efus"),
    ("Il Comune aderisce al Forum europeo per la sicurezza urbana dal 2005.", "efus"),
    ("Efus ist das Netzwerk europäischer Kommunen zur Kriminalprävention.", "efus"),
    ("Bamako est membre de l'Organisation des villes et capitales islamiques.",
     "organisation-des-villes-et-capitales-islamiques"),
    ("The Organization of Islamic Capitals and Cities (OICC) is based in Jeddah.",
     "organisation-des-villes-et-capitales-islamiques"),
    ("La Organización de Capitales y Ciudades Islámicas tiene su sede en Yeda.",
     "organisation-des-villes-et-capitales-islamiques"),
])
def test_efus_and_the_oicc_have_one_id_in_every_tongue(sentence, expected):
    assert network_ids(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "Les maires se réunissent pour adopter des positions communes sur la sécurité urbaine.",
    "Die Stadt stärkt die urbane Sicherheit mit einem neuen Präventionsrat.",
    "Il forum sulla sicurezza urbana si terrà a Torino.",
])
def test_urban_security_as_a_topic_is_no_network(sentence):
    assert network_ids(sentence) == []


def test_a_cards_acronym_over_its_spelled_out_name_gives_one_network():
    body = ("<h3>OVCI</h3><p class='carte-reseau__nom'>Organisation des Villes et Capitales Islamiques</p>"
            "<ul><li>Fondée en 1980</li><li>Siège : Djeddah (Arabie saoudite)</li></ul>")
    assert triples_of_snippet(body) >= {("organisation-des-villes-et-capitales-islamiques", "founded", "1980"),
                                        ("organisation-des-villes-et-capitales-islamiques", "headquarters", "Djeddah")}


@pytest.mark.parametrize("body, lang, expected", [
    ("<h2>About Newcastles of the World</h2><p>The alliance was founded in 1998 in Shinshiro, Japan.</p>", "en",
     ("newcastles-of-the-world", "founded", "1998")),
    ("<h2>À propos de Villes Lumière</h2><p>Le réseau a été créé en 2002 à Lyon.</p>", "fr",
     ("villes-lumiere", "founded", "2002")),
    ("<h2>Über Grüne Hauptstädte Europas</h2><p>Das Netzwerk wurde 2010 in Stockholm gegründet.</p>", "de",
     ("grune-hauptstadte-europas", "founded", "2010")),
    ("<h2>Acerca de Ciudades Amigas</h2><p>La red fue fundada en 2005 en Bilbao.</p>", "es",
     ("ciudades-amigas", "founded", "2005")),
    ("<h2>Informazioni su Borghi Autentici</h2><p>L'associazione è nata nel 2002 a Parma.</p>", "it",
     ("borghi-autentici", "founded", "2002")),
])
def test_a_heading_about_a_proper_name_over_a_networks_noun_names_that_network(body, lang, expected):
    assert expected in triples_of_snippet(body, lang, title="International")


@pytest.mark.parametrize("body, lang", [
    ("<h2>About Newcastle</h2><p>The city was founded in 1080 around the castle.</p>", "en"),
    ("<h2>À propos de Lyon</h2><p>La ville a été fondée en -43 par les Romains.</p>", "fr"),
    ("<h2>About Our Partners</h2><p>The network of Paris libraries was founded in 1998.</p>", "en"),
])
def test_a_heading_about_a_city_or_over_no_networks_noun_names_none(body, lang):
    assert not any(attribute == "founded" and network not in {"", None}
                   for network, attribute, _ in triples_of_snippet(body, lang, title="International"))


def test_a_heading_that_shortens_the_leagues_name_heads_its_section():
    body = ("<h2>Die Hanse</h2><p>Der Städtebund Die Hanse wurde 1980 gegründet.</p>"
            "<p>Heute gehören ihm rund 190 Städte an.</p>")
    assert triples_of_snippet(body, "de", title="Stadt") == {("die-hanse", "founded", "1980"),
                                                            ("die-hanse", "member_cities", "190")}


@pytest.mark.parametrize("body, lang, expected", [
    ("<div class='card'><h3>CGLU Afrique</h3><p class='card__subtitle'>Cités et Gouvernements Locaux Unis d'Afrique"
     "</p><p>Siège : Rabat (Maroc)</p><p>Plus de 350 collectivités locales membres</p></div>", "fr", "cglu-afrique"),
    ("<div class='card'><h3>UCLG Africa</h3><h4>United Cities and Local Governments of Africa</h4>"
     "<p>Headquarters: Rabat</p></div>", "en", "cglu-afrique"),
    ("<div class='card'><h3>CGLU África</h3><p class='card__subtitle'>Ciudades y Gobiernos Locales Unidos de África</p>"
     "<p>Sede: Rabat</p></div>", "es", "cglu-afrique"),
])
def test_a_cards_section_and_its_spelled_out_subtitle_are_one_section(body, lang, expected):
    assert {network for network, _, _ in triples_of_snippet(body, lang)} == {expected}


def test_a_subtitle_naming_another_network_heads_its_own_section():
    body = ("<div class='card'><h3>CGLU Afrique</h3><p>Siège : Rabat</p></div>"
            "<div class='card'><h3>AIMF</h3><p>Siège : Paris</p></div>")
    assert triples_of_snippet(body) == {("cglu-afrique", "headquarters", "Rabat"), ("aimf", "headquarters", "Paris")}
