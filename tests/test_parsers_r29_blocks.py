"""A network and its value in one block, or in a block that does not name it: the seat of a network in a state named
with a contracted article, a count of cities with other members added after it, a membership since "the month of" a
date, a national federation's own seat, a seat hosted by an institution, a count of councils with their region's
adjective."""

import pytest
from helpers.extracted import claims_of_sentence, values_of


# A network whose seat is a city-state named with the contracted article ("au Koweït", "au Luxembourg"), the network
# the subject of "a son siège" or of a participle of place: that city is its seat.
@pytest.mark.parametrize("sentence, place", [
    ("Fondée en 1967, l'Organisation des villes arabes a son siège au Koweït.", "Koweït"),
    ("L'association, basée au Luxembourg, réunit une cinquantaine de villes.", "Luxembourg"),
    ("Le réseau, qui a son secrétariat permanent au Luxembourg, compte 40 villes.", "Luxembourg"),
    ("L'organisation est installée au Koweït depuis sa création.", "Koweït"),
])
def test_a_seat_in_a_city_state_after_a_contracted_article(sentence, place):
    assert ("headquarters", place) in claims_of_sentence(sentence)


# Traps: a building after "au" is no town; a city placed "au Luxembourg" is not a network's seat.
@pytest.mark.parametrize("sentence", [
    "Le réseau a son siège au Palais des congrès.",
    "La ville est située au Luxembourg, près de la frontière.",
    "Le congrès est organisé au Koweït en 2026.",
])
def test_no_seat_after_a_contracted_article_without_a_network_seat(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "headquarters"]


def test_a_seat_in_a_city_state_in_an_accordion_panel_is_the_networks():
    body = ("<div class='accordion'><div class='card'><div class='card-header'><h3><button>Organisation des villes "
            "arabes</button></h3></div><div class='card-body'><p>Fondée en 1967, l'Organisation des villes arabes a "
            "son siège au Koweït. Elle regroupe environ 400 villes.</p></div></div></div>")
    assert values_of("headquarters", body) == {("arab-towns-organization", "Koweït")}


# Other kinds of members added after the count's noun by "dazu", "ainsi que", "plus", "además de", "oltre a": the count
# is of the cities alone, the others uncounted.
@pytest.mark.parametrize("sentence, value", [
    ("In Österreich engagieren sich im Klimabündnis Österreich über 1.000 Gemeinden, dazu Schulen und Betriebe.",
     "1000"),
    ("Le réseau compte 300 villes, ainsi que des écoles et des entreprises.", "300"),
    ("The network brings together 300 cities, plus schools and businesses.", "300"),
    ("La red agrupa a 300 municipios, además de escuelas y empresas.", "300"),
    ("La rete conta 300 comuni, oltre a scuole e imprese.", "300"),
])
def test_a_count_of_cities_with_other_members_added_beside_it(sentence, value):
    assert ("member_cities", value) in claims_of_sentence(sentence)


# Trap: the other kinds listed with the cities are counted with them: no count of cities.
@pytest.mark.parametrize("sentence", [
    "Im Klimabündnis engagieren sich 1.000 Gemeinden, Schulen und Betriebe.",
    "Le réseau compte 300 villes, écoles et entreprises.",
])
def test_a_count_over_cities_and_other_members_is_no_count_of_cities(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "member_cities"]


def test_a_count_with_members_added_beside_it_in_a_press_release():
    body = ("<h2>Klimabündnis-Konferenz in Krems</h2><p>Die Stadt ist Gastgeberin der Jahreskonferenz. In Österreich "
            "engagieren sich im Klimabündnis Österreich über 1.000 Gemeinden, dazu Schulen und Betriebe.</p>")
    assert values_of("member_cities", body, "de") == {("klimabundnis-osterreich", "1000")}


# A membership since "the month of" a date ("depuis ce mois de mars 2026", "desde el mes de marzo de 2019"): the city
# joined in that month.
@pytest.mark.parametrize("sentence, value", [
    ("Mâcon en est membre depuis ce mois de mars 2026.", "2026-03"),
    ("Mâcon est membre depuis le mois d'avril 2019.", "2019-04"),
    ("Depuis le mois de juin 2019, Mâcon est membre du réseau.", "2019-06"),
    ("Jaén es miembro desde el mes de marzo de 2019.", "2019-03"),
    ("Biella è socia dal mese di marzo 2019.", "2019-03"),
    ("Krems ist seit dem Monat März 2019 Mitglied.", "2019-03"),
    ("The city has been a member since the month of March 2019.", "2019-03"),
])
def test_a_membership_since_the_month_of_a_date(sentence, value):
    assert ("joined", value) in claims_of_sentence(sentence)


# Traps: a month with no date, a month of something else than the membership.
@pytest.mark.parametrize("sentence", [
    "Mâcon est membre depuis le mois dernier.",
    "Depuis le mois de mars 2019, la ville organise des ateliers pour les seniors.",
])
def test_no_joining_date_from_a_month_without_a_membership_date(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "joined"]


def test_a_membership_since_the_month_of_a_date_in_a_news_item():
    body = ("<p>La municipalité a choisi d'intégrer le Réseau francophone des villes amies des aînés (RFVAA). Mâcon en "
            "est membre depuis ce mois de mars 2026.</p><p>Le conseil municipal avait voté l'adhésion le 16 mars.</p>")
    assert ("rfvaa", "2026-03") in values_of("joined", body)


# "Federación Española", "Fédération nationale" inside a network's own name do not make the seat a national section's:
# the seat after the name is the network's.
@pytest.mark.parametrize("sentence, place", [
    ("La Federación Española de Municipios y Provincias (FEMP), con sede en Madrid, es la asociación de entidades "
     "locales de ámbito estatal.", "Madrid"),
    ("La Federación Española de Municipios y Provincias, con sede en Madrid, agrupa a 7.400 entidades locales.",
     "Madrid"),
])
def test_a_national_federations_own_name_is_no_section_of_another(sentence, place):
    assert ("headquarters", place) in claims_of_sentence(sentence)


# Trap: a national section of a network named after it keeps its seat to itself.
@pytest.mark.parametrize("sentence", [
    "La sezione italiana del CCRE, con sede a Roma, riunisce i comuni.",
    "Die Deutsche Sektion des RGRE mit Sitz in Köln vertritt 800 Kommunen.",
])
def test_a_national_section_of_a_network_keeps_its_seat(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "headquarters"]


# A name the vocabulary does not know, given an acronym in its card's title or heading, names that network again when a
# sentence writes it in full: the seat in that sentence is the network's.
@pytest.mark.parametrize("body, lang, network, place", [
    ("<div class='card'><h3>Fédération nationale des villes tunisiennes (FNVT)</h3><p>Sur le plan national, la commune "
     "est membre de la Fédération nationale des villes tunisiennes, créée en 1973 et basée à Tunis.</p></div>", "fr",
     "federation-nationale-des-villes-tunisiennes", "Tunis"),
    ("<h2>Federación Nacional de Municipios del Paraguay (FENAMUP)</h2><p>La ciudad integra la Federación Nacional de "
     "Municipios del Paraguay, con sede en Asunción, desde 2004.</p>", "es",
     "federacion-nacional-de-municipios-del-paraguay", "Asunción"),
    ("<h3>Federazione nazionale dei comuni sammarinesi (FNCS)</h3><p>Il Comune aderisce alla Federazione nazionale dei "
     "comuni sammarinesi, con sede a Borgo Maggiore.</p>", "it", "federazione-nazionale-dei-comuni-sammarinesi",
     "Borgo Maggiore"),
    ("<table><tr><th>National Federation of Maltese Councils (NFMC)</th><td>The city belongs to the National "
     "Federation of Maltese Councils, based in Valletta.</td></tr></table>", "en",
     "national-federation-of-maltese-councils", "Valletta"),
])
def test_a_name_given_an_acronym_names_its_network_when_written_in_full_again(body, lang, network, place):
    assert values_of("headquarters", body, lang) == {(network, place)}


# Trap: a regional office of such a network, in the same card, is not its seat.
def test_a_name_given_an_acronym_keeps_a_regional_offices_place_from_its_seat():
    body = ("<div class='card'><h3>Fédération nationale des villes tunisiennes (FNVT)</h3><p>La commune est membre de "
            "la Fédération nationale des villes tunisiennes. Son bureau régional du Centre est installé à Sousse.</p>"
            "</div>")
    assert not values_of("headquarters", body)


# The seat hosted by an institution, then its town: the town is the seat, not the host.
@pytest.mark.parametrize("sentence, place", [
    ("Il segretariato della rete ha sede presso l'UNESCO a Parigi.", "Parigi"),
    ("Le secrétariat du réseau est hébergé par l'UNESCO à Paris.", "Paris"),
    ("Le secrétariat du réseau est hébergé à l'UNESCO, à Paris.", "Paris"),
    ("La secretaría de la red está alojada en la UNESCO en París.", "París"),
    ("Das Sekretariat des Netzwerks ist bei der UNESCO in Paris angesiedelt.", "Paris"),
    ("Il segretariato è ospitato presso la Regione Toscana a Firenze.", "Firenze"),
])
def test_a_seat_hosted_by_an_institution_is_in_its_town(sentence, place):
    assert ("headquarters", place) in claims_of_sentence(sentence)


# Traps: a regional office hosted by an institution; a host with no town after it.
@pytest.mark.parametrize("sentence", [
    "L'ufficio europeo della rete ha sede presso la Commissione a Bruxelles.",
    "Il segretariato ha sede presso il Palazzo Civico.",
    "Das Regionalbüro Europa des Netzwerks ist bei der Stadt Wien angesiedelt.",
])
def test_no_seat_from_a_regional_office_or_a_host_without_a_town(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "headquarters"]


def test_a_seat_hosted_by_an_institution_in_an_accordion_panel():
    body = ("<h2>Biella, Città creativa UNESCO</h2><p>Dal 2019 Biella fa parte della Rete delle città creative "
            "dell'UNESCO.</p><div class='accordion'><div class='accordion-item'><h3 class='accordion-header'><button>"
            "Chi coordina la rete in Italia?</button></h3><div class='accordion-collapse'><div class='accordion-body'>"
            "<p>Le città creative italiane si coordinano attraverso un tavolo nazionale. Il segretariato della rete ha "
            "sede presso l'UNESCO a Parigi.</p></div></div></div></div>")
    assert values_of("headquarters", body, "it") == {("unesco-creative-cities-network", "Parigi")}


# All the councils of a state or a nation, by its adjective after "all" or "the": the local governments the network
# represents.
@pytest.mark.parametrize("sentence, value", [
    ("Based in Hobart, LGAT represents all 29 Tasmanian councils and negotiates with the State Government on their "
     "behalf.", "29"),
    ("The MAV represents the 79 Victorian councils.", "79"),
    ("The association speaks for all of the 22 Welsh councils.", "22"),
])
def test_all_of_a_states_councils_are_the_governments_represented(sentence, value):
    assert ("represented_governments", value) in claims_of_sentence(sentence)


# Traps: some of a state's councils, without "all" or "the", are a part of the members; a council of another kind.
@pytest.mark.parametrize("sentence", [
    "Eurocities has 12 Welsh councils among its members.",
    "12 Welsh councils are members of the network.",
    "The association has 5 Executive councils.",
])
def test_some_of_a_states_councils_are_no_count_of_governments(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "represented_governments"]


def test_all_of_a_states_councils_in_a_table_row():
    body = ("<table><tr><th>Organisation</th><th>About</th></tr><tr><th>Local Government Association of Tasmania "
            "(LGAT)</th><td>The peak body for local government in the state. Based in Hobart, LGAT represents all 29 "
            "Tasmanian councils.</td></tr><tr><th>Cities Power Partnership</th><td>It brings together more than 190 "
            "local governments.</td></tr></table>")
    assert values_of("represented_governments", body, "en") == {
        ("local-government-association-of-tasmania", "29"), ("cities-power-partnership", "190")}


# A timeline entry whose council approves the signing of a pact the network is: the city joined that year.
@pytest.mark.parametrize("sentence", [
    "2009: El Pleno aprueba la firma del Pacto de los Alcaldes para el Clima y la Energía.",
    "2009 : le conseil municipal approuve la signature de la Convention des maires.",
    "2009: Der Gemeinderat beschließt die Unterzeichnung des Konvents der Bürgermeister.",
    "2009: Il Consiglio comunale approva la firma del Patto dei Sindaci.",
    "2009: The council approves the signing of the Covenant of Mayors.",
])
def test_a_timeline_entry_approving_the_signing_of_a_pact_dates_the_joining(sentence):
    assert ("joined", "2009") in claims_of_sentence(sentence)


# Traps: the signing of another text with the network, a signing refused.
@pytest.mark.parametrize("sentence", [
    "2009: El Pleno aprueba la firma de un convenio con el Pacto de los Alcaldes.",
    "2009: El Pleno rechaza la firma del Pacto de los Alcaldes.",
])
def test_no_joining_from_a_timeline_entry_without_the_pacts_signing(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "joined"]


def test_a_timeline_entry_with_its_year_apart_approving_the_signing():
    body = ("<ol class='timeline'><li><div class='timeline__year'>2009</div><div class='timeline__content'><h3>"
            "Pacto de los Alcaldes</h3><p>El Pleno aprueba la firma del Pacto de los Alcaldes para el Clima y la "
            "Energía, impulsado por la Comisión Europea.</p></div></li><li><div class='timeline__year'>2016</div><div "
            "class='timeline__content'><h3>Ciudades que caminan</h3><p>La ciudad organiza su primera semana de la "
            "movilidad.</p></div></li></ol>")
    assert values_of("joined", body, "es") == {("covenant-of-mayors", "2009")}


# "Designated" with a creative field's title alone: the city joined the creative cities' network then.
@pytest.mark.parametrize("sentence, value", [
    ("Designated City of Gastronomy in November 2021", "2021-11"),
    ("Launceston was designated a City of Gastronomy in November 2021.", "2021-11"),
    ("Designated City of Music in 2015", "2015"),
])
def test_designated_by_a_creative_fields_title_dates_the_joining(sentence, value):
    assert ("joined", value) in claims_of_sentence(sentence)


# Trap: a title a magazine gives ("named"), no designation.
def test_a_creative_fields_title_named_by_others_is_no_joining():
    sentence = "Launceston was named City of Gastronomy by a food magazine in 2021."
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "joined"]


def test_designated_by_a_creative_fields_title_in_a_membership_tables_cell():
    body = ("<table><thead><tr><th>Organisation</th><th>About</th><th>Member since</th></tr></thead><tbody><tr><th "
            "scope='row'>UNESCO Creative Cities Network (UCCN)</th><td>A global network set up by UNESCO in 2004.</td>"
            "<td>Designated City of Gastronomy in November 2021</td></tr><tr><th scope='row'>Cities Power Partnership"
            "</th><td>A climate network of local governments.</td><td>2019</td></tr></tbody></table>")
    assert values_of("joined", body, "en") == {("unesco-creative-cities-network", "2021-11"),
                                               ("cities-power-partnership", "2019")}


# A timeline entry's count said to be today's by a phrase ("en la actualidad", "à l'heure actuelle", "at present",
# "zurzeit", "al momento") is the network's count now, not the entry year's.
@pytest.mark.parametrize("sentence, lang", [
    ("La red reúne en la actualidad a 99 ciudades.", "es"),
    ("À l'heure actuelle, le réseau réunit 99 villes.", "fr"),
    ("At present the network brings together 99 cities.", "en"),
    ("Das Netzwerk zählt zurzeit 99 Städte.", "de"),
    ("La rete riunisce al momento 99 città.", "it"),
])
def test_a_timeline_entrys_count_said_to_be_todays_by_a_phrase(sentence, lang):
    body = ("<ol class='timeline'><li><div class='timeline__year'>2016</div><div class='timeline__content'><p>Jaén "
            f"entra en la Red Española de Ciudades Inteligentes (RECI). {sentence}</p></div></li></ol>")
    assert values_of("member_cities", body, lang) == {("red-espanola-de-ciudades-inteligentes", "99")}


# Trap: a count of the entry's year ("then") stays out.
def test_a_timeline_entrys_count_of_its_year_stays_out():
    body = ("<ol class='timeline'><li><div class='timeline__year'>2005</div><div class='timeline__content'><p>Adhesión "
            "a la Red Española de Ciudades por el Clima (RECC). La Red contaba entonces con 108 municipios.</p></div>"
            "</li></ol>")
    assert not values_of("member_cities", body, "es")


# A heading's short form of a name the page writes in full with its nation's adjective ("Red de Ciudades Inteligentes"
# over "la Red Española de Ciudades Inteligentes") heads that network's section: "the network" under it is that one.
@pytest.mark.parametrize("heading, text, lang, network", [
    ("Red de Ciudades Inteligentes", "Jaén entra en la Red Española de Ciudades Inteligentes (RECI). La red reúne en "
     "la actualidad a 99 ciudades.", "es", "red-espanola-de-ciudades-inteligentes"),
    ("Réseau des Villes Lumineuses", "Lyon a rejoint le Réseau National des Villes Lumineuses en 2016. Le réseau "
     "réunit aujourd'hui 99 villes.", "fr", "reseau-national-des-villes-lumineuses"),
    ("Rete delle Città Luminose", "Biella aderisce alla Rete Italiana delle Città Luminose dal 2016. La rete riunisce "
     "oggi 99 città.", "it", "rete-italiana-delle-citta-luminose"),
])
def test_a_headings_short_form_without_the_nations_adjective_heads_the_full_names_section(heading, text, lang,
                                                                                           network):
    body = f"<h2>Redes</h2><div class='card'><h3>{heading}</h3><p>{text}</p></div>"
    assert values_of("member_cities", body, lang) == {(network, "99")}


# Trap: a heading naming another network than the full name beside it keeps its own section.
def test_a_heading_naming_another_network_keeps_its_section():
    body = ("<div class='card'><h3>Red de Ciudades Amables</h3><p>Jaén entra en la Red Española de Ciudades "
            "Inteligentes (RECI) en 2016. La Red de Ciudades Amables reúne hoy a 99 ciudades.</p></div>")
    assert values_of("member_cities", body, "es") == {("red-de-ciudades-amables", "99")}


# A president's name of four words (two given names and two surnames, as Spanish names often are) is his whole name.
@pytest.mark.parametrize("sentence, name", [
    ("Así lo ha anunciado el alcalde junto al presidente de la asociación, Manuel Jesús Pérez Lucena, alcalde de "
     "Baena.", "Manuel Jesús Pérez Lucena"),
    ("La presidenta de la red, María José García Rodríguez, alcaldesa de Baeza, abrió la asamblea.",
     "María José García Rodríguez"),
    ("Le président de l'association, Jean Paul Dupont Martin, maire de Baena, a ouvert l'assemblée.",
     "Jean Paul Dupont Martin"),
])
def test_a_presidents_name_of_four_words(sentence, name):
    assert ("president", name) in claims_of_sentence(sentence)


# Trap: the vice-president's name of four words is no president's.
def test_a_vice_presidents_name_of_four_words_is_no_presidents():
    sentence = "El vicepresidente de la asociación, Manuel Jesús Pérez Lucena, alcalde de Baena, abrió la asamblea."
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "president"]


def test_a_presidents_name_of_four_words_in_a_press_release():
    body = ("<p>El Ayuntamiento de Jaén será anfitrión de la Asamblea General de la Asociación Española de Municipios "
            "del Olivo (AEMO). Así lo ha anunciado esta mañana el alcalde, Agustín González, en una rueda de prensa "
            "junto al presidente de la asociación, Manuel Jesús Pérez Lucena, alcalde de Baena.</p>")
    assert values_of("president", body, "es") == {("asociacion-espanola-de-municipios-del-olivo",
                                                   "Manuel Jesús Pérez Lucena")}


def _key_figures(*items: tuple[str, str]) -> str:
    figures = "".join(f"<div class='keyfacts__item'><span class='keyfacts__number'>{number}</span><span "
                      f"class='keyfacts__label'>{label}</span></div>" for number, label in items)
    return f"<h1>Netzwerke</h1><section class='keyfacts'>{figures}</section><h2>Kontakt</h2><p>Rathaus.</p>"


# A key figure counting the countries the members of the figure before come from, by a pronoun: that network's.
@pytest.mark.parametrize("members, countries, lang", [
    ("Mitgliedskommunen im Klimabündnis", "europäische Länder, aus denen sie kommen", "de"),
    ("communes membres de l'Alliance pour le climat", "pays européens d'où elles viennent", "fr"),
    ("member municipalities of the Climate Alliance", "European countries they come from", "en"),
    ("municipios miembros de la Alianza del Clima", "países europeos de los que proceden", "es"),
    ("comuni membri dell'Alleanza per il Clima", "paesi europei da cui provengono", "it"),
])
def test_a_key_figure_of_the_countries_the_members_before_come_from(members, countries, lang):
    body = _key_figures(("über 1.800", members), ("27", countries))
    assert values_of("member_countries", body, lang) == {("climate-alliance", "27")}


# Trap: a key figure of countries that points back to no members stays out.
def test_a_key_figure_of_countries_pointing_back_to_no_members_stays_out():
    body = _key_figures(("über 1.800", "Mitgliedskommunen im Klimabündnis"), ("27", "Länder der Europäischen Union"))
    assert not values_of("member_countries", body, "de")


# The founding place as the antecedent of "where the network was born", after a preposition of place, with no noun
# "city" between.
@pytest.mark.parametrize("sentence, place", [
    ("La asamblea vuelve a Jaén, donde se fundó la asociación en 1997.", "Jaén"),
    ("L'assemblée revient à Lyon, où est né le réseau.", "Lyon"),
    ("The assembly returns to Lyon, where the network was founded in 1997.", "Lyon"),
    ("L'assemblea torna a Biella, dove è nata la rete.", "Biella"),
])
def test_a_place_where_the_network_was_born(sentence, place):
    assert ("founded_place", place) in claims_of_sentence(sentence)


# Traps: a person born there, the city's own founding.
@pytest.mark.parametrize("sentence", [
    "La asamblea vuelve a Jaén, donde nació el alcalde.",
    "Le maire est revenu à Lyon, où il est né en 1960.",
])
def test_no_founding_place_where_someone_else_was_born(sentence):
    assert not [value for attribute, value in claims_of_sentence(sentence) if attribute == "founded_place"]


def test_a_place_where_the_network_was_born_in_a_quote():
    body = ("<p>El Ayuntamiento de Jaén será anfitrión de la Asamblea General de la Asociación Española de Municipios "
            "del Olivo (AEMO).</p><p>«Que la asamblea vuelva a Jaén, donde nació la AEMO, tiene un valor simbólico», "
            "ha subrayado el alcalde.</p>")
    assert values_of("founded_place", body, "es") == {("asociacion-espanola-de-municipios-del-olivo", "Jaén")}
