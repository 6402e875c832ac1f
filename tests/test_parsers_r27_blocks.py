"""A value in a block with its network, and the counts a careful reader gives it: the members out of a place's
whole, ..."""

import pytest
from helpers.extracted import card, claims_of_sentence, triples_of_snippet


def _values(triples: set[tuple[str, str, str]], network: str, attribute: str) -> set[str]:
    return {value for owner, found, value in triples if owner == network and found == attribute}


# "N of the place's M": the network's members are the first number, the place's whole the second, however many words
# the place's name has ("New Zealand's", "the United Kingdom's", "New South Wales'").
@pytest.mark.parametrize("body, lang, network, attribute, count", [
    (card("Local Government New Zealand (LGNZ)", "It is based in Wellington and represents 77 of New Zealand's 78 "
          "local authorities – regional, city, district and unitary councils."), "en",
     "local-government-new-zealand", "represented_governments", "77"),
    ("<p>The Local Government Association (LGA) represents 317 of the United Kingdom's 382 councils.</p>", "en",
     "local-government-association", "represented_governments", "317"),
    ("<table><tr><th>Network</th><th>About</th></tr><tr><td>Federation of Canadian Municipalities</td><td>The "
     "federation brings together 2,000 of Canada's 3,500 municipalities.</td></tr></table>", "en",
     "federation-of-canadian-municipalities", "member_cities", "2000"),
    ("<p>L'Association des maires de France fédère 34 000 des 35 000 communes du pays.</p>", "fr",
     "association-des-maires-de-france", "member_cities", "34000"),
    ("<dl><dt>Deutscher Städtetag</dt><dd>Der Verband vertritt 200 der 2.000 Städte des Landes.</dd></dl>", "de",
     "deutscher-stadtetag", "member_cities", "200"),
    ("<p>La Federación Española de Municipios y Provincias agrupa a 7.300 de los 8.131 municipios españoles.</p>",
     "es", "federacion-espanola-de-municipios-y-provincias", "member_cities", "7300"),
    (card("ANCI", "L'ANCI rappresenta 7.000 dei 7.900 comuni italiani."), "it",
     "associazione-nazionale-comuni-italiani", "member_cities", "7000"),
])
def test_the_members_out_of_a_places_whole_are_the_first_number(body, lang, network, attribute, count):
    assert _values(triples_of_snippet(body, lang), network, attribute) == {count}


def test_a_place_named_with_new_is_no_newcomer():
    assert claims_of_sentence("LGNZ represents 78 local authorities in New Zealand.") == [
        ("represented_governments", "78")]
    assert claims_of_sentence("The association represents 120 of New South Wales' 128 councils.") == [
        ("represented_governments", "120")]


# Traps: newcomers stay newcomers; the whole alone, with no part before it, is still the network's when it is its own.
def test_new_members_are_still_newcomers():
    assert claims_of_sentence("Six new cities joined the network this year.") == []
    assert claims_of_sentence("The network welcomed 12 new cities from New Zealand.") == []


# States ("Länder", "states") counted with cantons or provinces are a regional tier: the regional governments the
# network gathers, not countries.
_IBK = "Internationale Bodensee-Konferenz (IBK)"


@pytest.mark.parametrize("body, lang", [
    (f"<p>Die {_IBK} ist der 1972 gegründete Zusammenschluss der zehn Länder und Kantone rund um den See.</p>", "de"),
    (card("Internationale Bodensee-Konferenz", "Mitglieder: 10 Länder und Kantone"), "de"),
    (f"<p>L'{_IBK} réunit les dix Länder et cantons riverains du lac.</p>", "fr"),
    (f"<p>La {_IBK} reúne a diez Länder y cantones del lago.</p>", "es"),
    ("<table><tr><th>Rete</th><th>Descrizione</th></tr><tr><td>Internationale Bodensee-Konferenz</td><td>La "
     "rete riunisce dieci Länder e cantoni del lago.</td></tr></table>", "it"),
    (f"<p>The {_IBK} brings together 10 states and provinces.</p>", "en"),
])
def test_states_counted_with_cantons_or_provinces_are_regional_governments(body, lang):
    triples = triples_of_snippet(body, lang)
    assert _values(triples, "internationale-bodensee-konferenz", "represented_governments") == {"10"}
    assert not _values(triples, "internationale-bodensee-konferenz", "member_countries")


# Traps: countries alone, and countries with regions (territories), stay countries.
@pytest.mark.parametrize("sentence, count", [
    ("Das Netzwerk hat Mitglieder in 30 Ländern und Regionen.", "30"),
    ("Le réseau est présent dans 40 pays et régions.", "40"),
    ("The network has members in 25 states.", "25"),
])
def test_countries_without_cantons_stay_countries(sentence, count):
    assert claims_of_sentence(sentence) == [("member_countries", count)]


# The members of a city's council, with or without the council's article, are people: no network's count.
@pytest.mark.parametrize("body, lang, network", [
    (card("Southern Interior Local Government Association (SILGA)", "Councillor Dale Bass serves on the SILGA "
          "executive. Four members of Council also represent the City on the Regional District Board."), "en",
     "southern-interior-local-government-association"),
    ("<p>Die Stadt ist Mitglied im Deutschen Städtetag. Vier Mitglieder des Gemeinderats vertreten sie in dessen "
     "Gremien.</p>", "de", "deutscher-stadtetag"),
    ("<p>La ciudad es socia de la Federación Española de Municipios y Provincias. Cuatro miembros del Pleno la "
     "representan en sus comisiones.</p>", "es", "federacion-espanola-de-municipios-y-provincias"),
    (card("ANCI", "Il Comune aderisce all'ANCI. Tre membri della Giunta partecipano ai suoi lavori."), "it",
     "associazione-nazionale-comuni-italiani"),
    ("<p>La Ville adhère à l'Association des maires de France. Quatre membres du conseil municipal y siègent.</p>",
     "fr", "association-des-maires-de-france"),
])
def test_members_of_a_council_are_no_count(body, lang, network):
    assert not any(owner == network and attribute.startswith(("member", "represented"))
                   for owner, attribute, _ in triples_of_snippet(body, lang))


# Trap: a network's members stay its count, a network called a council included.
def test_a_networks_members_stay_its_count():
    assert claims_of_sentence("The Council of European Municipalities and Regions has 60 members.") == [
        ("member_cities", "60")]


# A programme the sentence names by the network and says is a network ("the PCP program is a network of more than 500
# municipalities") is that network: its count is its own, whoever runs it.
_PCP = "Partners for Climate Protection (PCP)"
_PCP_SENTENCE = ("Run jointly by FCM and ICLEI Canada, the PCP program is a network of more than 500 municipalities "
                 "committed to reducing greenhouse gas emissions.")


@pytest.mark.parametrize("body", [
    card(_PCP, _PCP_SENTENCE),
    f"<table><tr><th>Network</th><th>About</th></tr><tr><th>{_PCP}</th><td>{_PCP_SENTENCE}</td></tr></table>",
    f"<dl><dt>{_PCP}</dt><dd>{_PCP_SENTENCE}</dd></dl>",
])
def test_a_programme_said_to_be_a_network_counts_its_members(body):
    triples = triples_of_snippet(body, "en")
    assert _values(triples, "partners-for-climate-protection", "member_cities") == {"500"}
    assert not any(owner in ("federation-of-canadian-municipalities", "iclei-canada") and attribute == "member_cities"
                   for owner, attribute, _ in triples)


# Trap: a network's own programme, not said to be the network, is still a part of it.
@pytest.mark.parametrize("sentence", [
    "The Eurocities pilot programme brings together 12 cities.",
    "The Eurocities pilot programme is a network of 12 cities.",
])
def test_a_networks_programme_is_still_its_part(sentence):
    assert not _values(triples_of_snippet(f"<p>{sentence}</p>", "en"), "eurocities", "member_cities")


# A hedged count that has joined, with no date or newcomer word, is the total joined so far: the members.
@pytest.mark.parametrize("body, lang, network, attribute, count", [
    (card("Pacto de los Alcaldes", "Más de 10.000 autoridades locales y regionales de Europa y de otros continentes "
          "se han sumado a esta iniciativa."), "es", "covenant-of-mayors", "represented_governments", "10000"),
    ("<p>More than 11,000 cities have joined the Covenant of Mayors.</p>", "en", "covenant-of-mayors",
     "member_cities", "11000"),
    ("<dl><dt>Convention des maires</dt><dd>Plus de 10 000 collectivités ont rejoint la Convention.</dd></dl>", "fr",
     "covenant-of-mayors", "represented_governments", "10000"),
    (card("Klima-Bündnis", "Über 2.000 Kommunen sind dem Klima-Bündnis beigetreten."), "de", "climate-alliance",
     "member_cities", "2000"),
    ("<p>Oltre 500 comuni hanno aderito al Patto dei Sindaci.</p>", "it", "covenant-of-mayors", "member_cities",
     "500"),
])
def test_a_hedged_count_joined_so_far_is_the_members(body, lang, network, attribute, count):
    assert _values(triples_of_snippet(body, lang), network, attribute) == {count}


# Traps: newcomers stay newcomers: an exact count, a date, a month, new members, this year.
@pytest.mark.parametrize("sentence", [
    "12 cities joined the Covenant of Mayors in October.",
    "Over 40 new cities have joined the Covenant of Mayors this year.",
    "Plus de 50 villes ont rejoint la Convention des maires en mars.",
    "Más de 300 municipios se han sumado al Pacto de los Alcaldes en 2024.",
    "Über 30 Kommunen sind dem Klima-Bündnis kürzlich beigetreten.",
])
def test_newcomers_are_no_total(sentence):
    assert not any(attribute.startswith(("member", "represented")) for attribute, _ in claims_of_sentence(sentence))


# A recent news teaser's count is read when a relative clause says who belong to the network now ("Das Klima-Bündnis,
# dem mehr als 2.000 Kommunen angehören, ..."); an old teaser's is not (it may have changed since).
def _teasers(summary: str, year: int = 2025) -> str:
    """A list of two dated teasers, the first with `summary`."""
    items = [(f"20.01.{year}", summary), (f"02.12.{year - 1}", "Two new cycle lanes open.")]
    return "<ul class='news-list'>" + "".join(
        f"<li class='news-item'><p class='date'>{day}</p><h2><a href='https://www.ville.example/news/{index}'>News "
        f"{index}</a></h2><p>{text}</p></li>" for index, (day, text) in enumerate(items)) + "</ul>"


@pytest.mark.parametrize("summary, lang, network, attribute, count", [
    ("Das Klima-Bündnis, dem europaweit mehr als 2.000 Kommunen angehören, hat das Netz der Fahrradstraßen "
     "gewürdigt.", "de", "climate-alliance", "member_cities", "2000"),
    ("Der Oberbürgermeister war beim Kongress des Rates der Gemeinden und Regionen Europas. Der Verband, dem rund 60 "
     "nationale Kommunalverbände angehören, wählte eine neue Präsidentin.", "de", "cemr", "member_associations", "60"),
    ("L'Alliance pour le climat, à laquelle adhèrent plus de 2 000 communes, a distingué la Ville.", "fr",
     "climate-alliance", "member_cities", "2000"),
    ("Climate Alliance, to which more than 2,000 towns belong, has honoured the city's cycle streets.", "en",
     "climate-alliance", "member_cities", "2000"),
    ("La Alianza del Clima, a la que pertenecen más de 2.000 municipios, ha premiado a la ciudad.", "es",
     "climate-alliance", "member_cities", "2000"),
    ("Il CCRE, di cui fanno parte circa 60 associazioni nazionali, ha eletto una nuova presidente.", "it", "cemr",
     "member_associations", "60"),
])
def test_a_recent_teaser_says_who_belong_to_the_network_now(summary, lang, network, attribute, count):
    assert _values(triples_of_snippet(_teasers(summary), lang), network, attribute) == {count}


# Traps: an old teaser, and a relative clause of something else than membership, give no count.
def test_an_old_teaser_gives_no_count():
    summary = "Das Klima-Bündnis, dem europaweit mehr als 2.000 Kommunen angehören, hat die Stadt gewürdigt."
    assert not _values(triples_of_snippet(_teasers(summary, 2021), "de"), "climate-alliance", "member_cities")


def test_a_teaser_telling_the_past_gives_no_count():
    summary = "Das Klima-Bündnis, das damals 1.500 Kommunen zählte, hat die Stadt gewürdigt."
    assert not _values(triples_of_snippet(_teasers(summary), "de"), "climate-alliance", "member_cities")


# A member since the founding: the founding told in a clause of its own gives its year and place too; the network
# named as the subject of its founding ("since LGNZ was formed in 1988") dates the joining as "since it was formed".
@pytest.mark.parametrize("body, lang, network, year, place", [
    (card("ANCI", "Macerata aderisce all'Associazione fin dalla sua costituzione, avvenuta a Parma nel 1901."), "it",
     "associazione-nazionale-comuni-italiani", "1901", "Parma"),
    ("<p>La Ville est membre de l'AIMF depuis sa création, intervenue à Québec en 1979.</p>", "fr", "aimf", "1979",
     "Québec"),
    ("<dl><dt>Eurocities</dt><dd>The city has been a member since its founding, which took place in Rotterdam in "
     "1986.</dd></dl>", "en", "eurocities", "1986", "Rotterdam"),
    (card("Federación Española de Municipios y Provincias", "La ciudad es socia desde su fundación, que tuvo lugar en "
          "Madrid en 1981."), "es", "federacion-espanola-de-municipios-y-provincias", "1981", "Madrid"),
])
def test_the_founding_told_in_a_clause_of_its_own(body, lang, network, year, place):
    triples = triples_of_snippet(body, lang)
    assert _values(triples, network, "founded") == {year}
    assert _values(triples, network, "founded_place") == {place}
    assert _values(triples, network, "joined") == {year}


@pytest.mark.parametrize("body, lang, network, year", [
    (card("Local Government New Zealand (LGNZ)", "Nelson has been a member since LGNZ was formed in 1988. The "
          "organisation's president is Sam Broughton."), "en", "local-government-new-zealand", "1988"),
    ("<p>La Ville est membre depuis que l'AIMF a été créée en 1979.</p>", "fr", "aimf", "1979"),
    ("<p>La ciudad es socia desde que la FEMP fue creada en 1981.</p>", "es",
     "federacion-espanola-de-municipios-y-provincias", "1981"),
    ("<p>Il Comune è socio da quando l'ANCI è stata fondata nel 1901.</p>", "it",
     "associazione-nazionale-comuni-italiani", "1901"),
])
def test_a_member_since_the_named_network_was_founded(body, lang, network, year):
    triples = triples_of_snippet(body, lang)
    assert _values(triples, network, "joined") == {year}
    assert _values(triples, network, "founded") == {year}


# Traps: a town founded is no network's founding; a founding with no date dates nothing.
def test_since_a_town_was_founded_dates_no_joining():
    assert ("joined", "1842") not in claims_of_sentence("The city has been a member of LGNZ since Nelson was founded "
                                                        "in 1842.")


def test_a_founding_clause_without_a_date_gives_no_place():
    assert claims_of_sentence("Il Comune è socio dalla sua fondazione, avvenuta a Parma.") == []


# The seat "there", where the sentence has just founded the network: its office, or the network as the subject of a
# verb coordinated with its founding.
@pytest.mark.parametrize("body, lang, network, place", [
    (card("Rat der Donaustädte und -regionen", "Der Rat der Donaustädte und -regionen wurde 2009 in Ulm gegründet und "
          "hat dort bis heute seine Geschäftsstelle."), "de", "rat-der-donaustadte-und-regionen", "Ulm"),
    ("<p>Climate Alliance was founded in Frankfurt in 1990 and is still based there.</p>", "en", "climate-alliance",
     "Frankfurt"),
    ("<dl><dt>Alliance pour le climat</dt><dd>L'Alliance pour le climat a été fondée à Francfort en 1990 et y est "
     "toujours installée.</dd></dl>", "fr", "climate-alliance", "Francfort"),
])
def test_the_seat_there_after_the_founding_place(body, lang, network, place):
    assert _values(triples_of_snippet(body, lang), network, "headquarters") == {place}


# Trap: someone else based there is no seat.
def test_someone_else_based_there_is_no_seat():
    assert ("headquarters", "Ulm") not in claims_of_sentence(
        "The council was founded in Ulm in 2009 and its first president is still based there.")


# A timeline's entry that tells the entry into the network by its noun ("Entrada en la red", "Huesca entra en el
# programa ...", "Entrée dans le réseau") dates the joining of the network its heading names, not of who promotes it.
def _entry(year: str, title: str, text: str) -> str:
    """A timeline of two entries: the one studied, then another year's."""
    return (f"<ol class='timeline'><li class='timeline__item'><span class='timeline__year'>{year}</span>"
            f"<div class='timeline__content'><h3>{title}</h3><p>{text}</p></div></li>"
            "<li class='timeline__item'><span class='timeline__year'>2001</span>"
            "<div class='timeline__content'><h3>Council</h3><p>The council adopts its plan.</p></div></li></ol>")


@pytest.mark.parametrize("title, text, lang, network", [
    ("Red Española de Ciudades Saludables", "Entrada en la red promovida por la FEMP y el Ministerio de Sanidad, que "
     "agrupa a los municipios comprometidos con la salud.", "es", "red-espanola-de-ciudades-saludables"),
    ("Ciudades Amigas de la Infancia", "Huesca entra en el programa Ciudades Amigas de la Infancia de UNICEF España y "
     "crea su Consejo de Infancia.", "es", "child-friendly-cities"),
    ("Eurocities", "Entrée dans le réseau, qui réunit les grandes villes européennes.", "fr", "eurocities"),
    ("Eurocities", "Entry into the network, which brings together large European cities.", "en", "eurocities"),
    ("Klima-Bündnis", "Eintritt in das Netzwerk, dem über 2.000 Kommunen angehören.", "de", "climate-alliance"),
    ("Rete dei Comuni Sostenibili", "Ingresso nella rete promossa dall'ANCI.", "it", "rete-dei-comuni-sostenibili"),
])
def test_an_entry_into_the_network_by_its_noun(title, text, lang, network):
    triples = triples_of_snippet(_entry("2013", title, text), lang)
    assert {(owner, value) for owner, attribute, value in triples if attribute == "joined"} == {(network, "2013")}


# Traps: something else coming into force is no joining; a network named after the noun is read by the rules of named
# bodies, which give the finer date the page tells elsewhere.
def test_coming_into_force_is_no_joining():
    triples = triples_of_snippet(_entry("2013", "Eurocities", "La loi sur l'eau entre en vigueur ; la Ville accueille "
                                        "un forum d'Eurocities."), "fr")
    assert not any(attribute == "joined" for _, attribute, _ in triples)


def test_a_named_network_keeps_the_finer_date():
    body = ("<div class='card'><p class='numero'>2015</p><p>anno di ingresso nella Rete delle Città Creative UNESCO</p>"
            "</div><p>Parma è Città Creativa UNESCO per la Gastronomia dal dicembre 2015.</p>")
    assert _values(triples_of_snippet(body, "it"), "unesco-creative-cities-network", "joined") == {"2015-12"}


# A count after the founding, with a verb of belonging in the present ("nato nel 1986 e al quale aderiscono circa
# settecento enti locali"), is the members now, not the founders.
@pytest.mark.parametrize("body, lang, network, attribute, count", [
    ("<p>La marcia è promossa, tra gli altri, dal Coordinamento nazionale degli enti locali per la pace e i diritti "
     "umani, nato nel 1986 e al quale aderiscono circa settecento enti locali tra Comuni, Province e Regioni.</p>",
     "it", "coordinamento-nazionale-degli-enti-locali-per-la-pace-e-i-diritti-umani", "represented_governments",
     "700"),
    (card("Villes Santé", "Le réseau Villes Santé, créé en 1990 et auquel adhèrent plus de 100 villes, organise la "
          "journée."), "fr", "villes-sante", "member_cities", "100"),
    ("<dl><dt>Red Española de Ciudades Saludables</dt><dd>La red, creada en 1988 y a la que pertenecen más de 200 "
     "municipios, organiza la jornada.</dd></dl>", "es", "red-espanola-de-ciudades-saludables", "member_cities", "200"),
])
def test_a_count_belonging_now_after_the_founding(body, lang, network, attribute, count):
    assert _values(triples_of_snippet(body, lang), network, attribute) == {count}


# Trap: the founders stay founders.
def test_founders_before_a_verb_of_belonging_stay_founders():
    triples = triples_of_snippet("<p>Climate Alliance was founded in 1990 by 12 cities, to which more towns now "
                                 "belong.</p>", "en")
    assert not _values(triples, "climate-alliance", "member_cities")
