"""Facts and news a careful reader does not take from the page, in the five languages, each with what the same wording
must still give: a year that ends a date counted as cities ("dal 31 ottobre 2019 come Città creativa"); the seat of a
continent's office ("Its Oceania office, based in Melbourne"), while a section or chapter named by its own name is a
network of its own whose seat is its own ("Sa section africaine, CGLU Afrique, a son secrétariat à Rabat", "das
Klimabündnis Österreich mit Sitz in Wien"); one country's members counted with the noun before the count ("In Italia
le città aderenti sono oltre 500", "In the UK, member cities number over 80"); the members of a governing body named
just before the count ("siège au Bureau aux côtés d'une vingtaine de villes"); a count in the simple past of its verb
("the group brought together 18 cities"); the verb after an unknown network's name taken as a word of it ("Der
Verband der Hansestädte wurde 1980 gegründet"); a shortened name of the network the section's heading names taken for
another network ("Die Union der Hauptstädte" under "Union der Hauptstädte der Europäischen Union"); the founding of a
programme a network's name qualifies ("the 100 Resilient Cities programme, launched by the Rockefeller Foundation in
2013"); an article's byline, its author's link and the article's date, taken for a news item; a card that a network's
logo opens, its alt giving the network's name after its owner's acronym ("Logo: WHO Global Network for Age-friendly
Cities"), taken for a news item; a page its metadata types a web page, whose <article> ends with its date of
publication, taken for a news item. And a seat told as the place the sentence has just named ("a vu le jour à
Barcelone en 1991 ; son secrétariat général y est toujours basé")."""

from datetime import UTC, datetime

import pytest
from helpers.extracted import values_of as _of

from scraper.parsers.extract import extract_page


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<h2>Rete delle Città Creative UNESCO</h2><p>Bergamo ne fa parte dal 31 ottobre 2019 come Città creativa "
           "per la gastronomia.</p>", set()),
    ("en", "<h2>UNESCO Creative Cities Network</h2><p>Since October 2014 cities of media arts like York belong to "
           "it.</p>", set()),
    ("es", "<h2>Red de Ciudades Creativas de la UNESCO</h2><p>Desde octubre de 2015, ciudades como Burgos forman "
           "parte de la red.</p>", set()),
    ("de", "<h2>Creative Cities Network</h2><p>Seit dem 31. Oktober 2019 Städte der Musik wie Mannheim.</p>", set()),
    # a count after a date is still read
    ("en", "<h2>UNESCO Creative Cities Network</h2><p>York joined on 1 December 2014; the network counts 350 "
           "cities.</p>", {("unesco-creative-cities-network", "350")}),
])
def test_a_year_ending_a_date_is_no_count_of_cities(lang, body, expected):
    assert _of("member_cities", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>ICLEI</h2><p>ICLEI is headquartered in Bonn. Its Oceania office, based in Melbourne, supports "
           "councils across Australia.</p>", {("iclei", "Bonn")}),
    # a section named by its own name is a network of its own: its seat is its own, never its parent's
    ("fr", "<h2>CGLU</h2><p>Sa section africaine, CGLU Afrique, a son secrétariat à Rabat.</p>",
     {("cglu-afrique", "Rabat")}),
    ("fr", "<h2>ICLEI</h2><p>Le bureau Océanie d'ICLEI est basé à Melbourne.</p>", set()),
    ("es", "<h2>CGLU</h2><p>Su sección africana, CGLU África, tiene su sede en Rabat.</p>",
     {("cglu-afrique", "Rabat")}),
    ("it", "<h2>CGLU</h2><p>La sua sezione africana ha sede a Rabat.</p>", set()),
    # the network's own seat is still read, and that of a section named as a network of its own
    ("fr", "<h2>CGLU</h2><p>CGLU a son secrétariat à Barcelone.</p>", {("uclg", "Barcelone")}),
    ("es", "<h2>CGLU</h2><p>La sección europea de la organización, el Consejo de Municipios y Regiones de Europa, "
           "tiene su sede en Bruselas.</p>", {("cemr", "Bruselas")}),
    ("fr", "<h2>CGLU</h2><p>Sa section européenne, le Conseil des communes et régions d'Europe, a son siège à "
           "Bruxelles.</p>", {("cemr", "Bruxelles")}),
    ("en", "<h2>UCLG</h2><p>UCLG has its seat in Barcelona.</p>", {("uclg", "Barcelona")}),
])
def test_the_seat_of_a_continents_office_or_section_is_not_the_networks(lang, body, expected):
    assert _of("headquarters", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    # a chapter named by its own name is a network of its own: its seat is its own, never its parent's
    ("de", "<h2>Klima-Bündnis</h2><p>In Österreich koordiniert das Klimabündnis Österreich mit Sitz in Wien die "
           "Arbeit der Gemeinden.</p>", {("klimabundnis-osterreich", "Wien")}),
    ("en", "<h2>UCLG</h2><p>UCLG Africa, headquartered in Rabat, brings together African cities.</p>",
     {("cglu-afrique", "Rabat")}),
    ("fr", "<h2>ICLEI</h2><p>ICLEI Europe, basé à Fribourg, anime le réseau européen.</p>", set()),
    ("es", "<h2>ICLEI</h2><p>ICLEI América Latina, con sede en Ciudad de México, coordina la región.</p>", set()),
    # the network's own seat, a continent named elsewhere
    ("de", "<h2>Klima-Bündnis</h2><p>Das Klimabündnis mit Sitz in Frankfurt am Main zählt 2.000 Mitglieder.</p>",
     {("climate-alliance", "Frankfurt am Main")}),
    ("en", "<h2>ICLEI</h2><p>ICLEI, headquartered in Bonn, works with Europe's cities.</p>", {("iclei", "Bonn")}),
])
def test_the_seat_of_a_national_or_continental_chapter_is_not_the_networks(lang, body, expected):
    assert _of("headquarters", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("it", "<h2>Mayors for Peace</h2><p>Mayors for Peace conta circa 8.400 città. In Italia le città aderenti sono "
           "oltre 500.</p>", {("mayors-for-peace", "8400")}),
    ("fr", "<h2>Maires pour la paix</h2><p>Le réseau compte 8 400 villes. En France, les villes membres sont plus de "
           "180.</p>", {("mayors-for-peace", "8400")}),
    ("en", "<h2>Mayors for Peace</h2><p>The network counts 8,400 cities. In the UK, member cities number over 80.</p>",
     {("mayors-for-peace", "8400")}),
    ("es", "<h2>Alcaldes por la Paz</h2><p>La red cuenta con 8.400 ciudades. En España las ciudades adheridas son "
           "más de 400.</p>", {("mayors-for-peace", "8400")}),
    # the network's own members, with a country elsewhere in the sentence
    ("en", "<h2>Eurocities</h2><p>With members in Germany and Spain, Eurocities counts 200 member cities.</p>",
     {("eurocities", "200")}),
    ("it", "<h2>Mayors for Peace</h2><p>Le città aderenti sono oggi oltre 8.400.</p>", {("mayors-for-peace", "8400")}),
])
def test_one_countrys_members_named_before_the_count_are_not_the_networks(lang, body, expected):
    assert _of("member_cities", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>AIMF</h2><p>Liège, membre de l'association depuis 1980, siège au Bureau aux côtés d'une vingtaine de "
           "villes.</p>", set()),
    ("en", "<h2>Eurocities</h2><p>Leeds sits on the Executive Committee alongside about a dozen cities.</p>", set()),
    ("de", "<h2>Eurocities</h2><p>Leipzig sitzt im Vorstand zusammen mit rund 20 Städten.</p>", set()),
    ("es", "<h2>CGLU</h2><p>Barcelona forma parte del Consejo Ejecutivo junto a una veintena de ciudades.</p>", set()),
    ("it", "<h2>Eurocities</h2><p>Milano siede nel Comitato esecutivo insieme a una ventina di città.</p>", set()),
    # the network's members, alongside someone with no governing body named
    ("fr", "<h2>AIMF</h2><p>L'AIMF réunit, aux côtés de Paris, plus de 300 villes.</p>", {("aimf", "300")}),
    ("en", "<h2>Eurocities</h2><p>Eurocities brings together, alongside its partners, over 200 cities.</p>",
     {("eurocities", "200")}),
])
def test_the_members_of_a_governing_body_are_not_the_networks(lang, body, expected):
    assert _of("member_cities", body, lang) == expected


_COUNT_ATTRIBUTES = ("member_cities", "represented_governments")


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>C40</h2><p>C40 now has about 100 member cities. When it was founded in 2005, the group brought "
           "together 18 cities; the name was chosen when it grew to 40.</p>", {("c40", "100")}),
    ("en", "<h2>ICLEI</h2><p>When ICLEI was launched in 1990, the association gathered 200 local governments.</p>",
     set()),
    ("en", "<h2>Eurocities</h2><p>After its first year the network grouped 30 cities.</p>", set()),
    ("es", "<h2>CGLU</h2><p>En su primer congreso, la organización reunió 50 ciudades.</p>", set()),
    # the present, and the present perfect, still count
    ("en", "<h2>UCLG</h2><p>Since 2004, UCLG has united more than 240,000 local governments.</p>",
     {("uclg", "240000")}),
    ("en", "<h2>Eurocities</h2><p>Eurocities brings together over 200 cities.</p>", {("eurocities", "200")}),
])
def test_a_count_in_the_simple_past_is_not_the_networks_size(lang, body, expected):
    assert {fact for attribute in _COUNT_ATTRIBUTES for fact in _of(attribute, body, lang)} == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>Städtenetzwerke</h2><p>Der Verband der Hansestädte wurde 1980 in Zwolle gegründet.</p>",
     {("verband-der-hansestadte", "1980")}),
    ("fr", "<h2>Réseaux</h2><p>L'Association des communes est née en 1990 à Lyon.</p>",
     {("association-des-communes", "1990")}),
    ("es", "<h2>Redes</h2><p>La Unión de Municipios fue creada en 1990 en Sevilla.</p>",
     {("union-de-municipios", "1990")}),
    # a word of the name after its members' noun is kept
    ("fr", "<h2>Réseaux</h2><p>L'Union mondiale des villes olympiques est née en 2002 à Lausanne.</p>",
     {("union-mondiale-des-villes-olympiques", "2002")}),
])
def test_the_verb_after_an_unknown_networks_name_is_no_word_of_it(lang, body, expected):
    assert _of("founded", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("de", "<h2>Union der Hauptstädte der Europäischen Union (UCUE)</h2><p>Die Union der Hauptstädte wurde im April "
           "1961 gegründet – damals von sechs Hauptstädten.</p>", {("ucue", "1961-04")}),
    ("fr", "<h2>Association internationale des maires francophones</h2><p>L'Association internationale des maires a "
           "été créée en 1979 à Québec.</p>", {("aimf", "1979")}),
    ("en", "<h2>Union of the Capitals of the European Union</h2><p>The Union of the Capitals was founded in 1961 in "
           "Paris.</p>", {("ucue", "1961")}),
    # a name the heading's does not begin with is another network
    ("en", "<h2>Eurocities</h2><p>The Union of Towns was founded in 1990 in Kyoto.</p>", {("union-of-towns", "1990")}),
])
def test_a_shortened_name_of_the_sections_network_is_that_network(lang, body, expected):
    assert _of("founded", body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>Resilient Cities Network</h2><p>In 2018, Belfast was one of the last cities selected for the 100 "
           "Resilient Cities programme, launched by the Rockefeller Foundation in 2013.</p>", set()),
    ("fr", "<h2>Eurocities</h2><p>Lyon participe au projet Eurocities, lancé en 2019 avec dix villes.</p>", set()),
    ("es", "<h2>Metropolis</h2><p>Barcelona ganó el premio Metropolis, creado en 2012.</p>", set()),
    ("de", "<h2>Eurocities</h2><p>Leipzig erhielt den Preis Eurocities, gegründet 2010.</p>", set()),
    # a network, an initiative as networks are called
    ("fr", "<h2>Eurocities</h2><p>Le réseau Eurocities, créé en 1986, rassemble 200 villes.</p>",
     {("eurocities", "1986")}),
    ("en", "<h2>Covenant of Mayors</h2><p>The Covenant of Mayors initiative, launched in 2008, gathers 11,000 "
           "signatories.</p>", {("covenant-of-mayors", "2008")}),
])
def test_the_founding_of_a_programme_a_network_names_is_not_the_networks(lang, body, expected):
    assert _of("founded", body, lang) == expected


def _news(html: str, url: str) -> tuple[str | None, list[tuple[str, str | None]]]:
    extraction = extract_page(html.encode(), url, datetime(2025, 3, 1, tzinfo=UTC))
    return extraction.page["page_date"], [(item["title"], item["published"]) for item in extraction.news]


def _article(meta: str) -> str:
    return ('<html lang="fr"><head><title>Titre</title></head><body><main><article><header><h1>Dakar à '
            f"l'Assemblée de l'AIMF</h1><div class=\"entry-meta\">{meta}</div></header><div class=\"entry-content\">"
            "<p>Une délégation a pris part aux travaux de l'Assemblée générale.</p></div></article></main>"
            "</body></html>")


@pytest.mark.parametrize("meta", [
    '<span class="posted-on">Publié le <time datetime="2024-12-02T11:20:00+00:00">2 décembre 2024</time></span> '
    '<span class="byline">Par <span class="author vcard"><a class="url fn n" href="/author/communication/">Direction '
    "de la Communication</a></span></span>",
    '<time datetime="2024-12-02">2 décembre 2024</time> – <a rel="author" href="/autoren/presseamt">Presseamt</a>',
    '<span class="fecha">2 de diciembre de 2024</span> <span class="autor">Por <a href="/autor/prensa">Gabinete de '
    "Prensa</a></span>",
])
def test_an_articles_byline_is_no_news_item(meta):
    assert _news(_article(meta), "https://www.ville.example/actualites/aimf") == (
        "2024-12-02", [("Titre", "2024-12-02")])


def test_a_list_of_items_with_bylines_still_links_each_items_title():
    items = "".join(f'<li class="post"><h3><a href="/news/{slug}">{title}</a></h3><time datetime="{day}">{day}</time> '
                    '<span class="byline">By <a href="/author/press">Press office</a></span></li>'
                    for slug, title, day in (("one", "Leeds joins a forum", "2025-01-10"),
                                             ("two", "Leeds hosts mayors", "2025-02-10")))
    html = (f'<html lang="en"><head><title>News</title></head><body><main><h1>News</h1><ul>{items}</ul></main>'
            "</body></html>")
    assert _news(html, "https://www.city.example/news")[1] == [("Leeds joins a forum", "2025-01-10"),
                                                              ("Leeds hosts mayors", "2025-02-10")]



def _logo_card(lang: str, alt: str, title: str, text: str) -> str:
    return (f'<html lang="{lang}"><head><title>International</title></head><body><main><h1>International</h1>'
            f'<div class="card-grid"><div class="card"><img class="card__image" src="/logo.png" alt="{alt}">'
            f'<div class="card__content"><h3 class="card__heading"><a href="/card">{title}</a></h3><p>{text}</p>'
            '</div></div><div class="card"><img class="card__image" src="/uccn.png" alt="UNESCO Creative Cities '
            'Network logo"><div class="card__content"><h3 class="card__heading"><a href="/media-arts">City of Media '
            'Arts</a></h3><p>The network links 350 cities.</p></div></div></div></main></body></html>')


@pytest.mark.parametrize("lang, alt, title, text, expected", [
    ("en", "Logo: WHO Global Network for Age-friendly Cities and Communities", "Age Friendly York",
     "York joined the network in 2016. It now counts more than 1,600 cities and communities in 53 countries.",
     {("age-friendly-cities", "joined", "2016")}),
    ("de", "WHO Globales Netzwerk altersfreundlicher Städte", "Altersfreundliches Linz",
     "Linz ist seit 2018 Mitglied des Netzwerks.", {("age-friendly-cities", "joined", "2018")}),
    ("es", "Logo OMS Red Mundial de Ciudades y Comunidades Amigables con las Personas Mayores", "Valladolid amigable",
     "Valladolid es miembro de la red desde 2015.", {("age-friendly-cities", "joined", "2015")}),
])
def test_a_card_a_networks_logo_opens_with_its_owners_acronym_presents_it(lang, alt, title, text, expected):
    extraction = extract_page(_logo_card(lang, alt, title, text).encode(), "https://www.city.example/international",
                              datetime(2025, 3, 1, tzinfo=UTC))
    assert not extraction.news
    assert {(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts
            if fact["attribute"] == "joined" and fact["network_id"] == "age-friendly-cities"} == expected


def test_a_card_whose_logo_names_more_than_a_network_is_still_a_news_item():
    html = _logo_card("en", "WHO report cover for the Global Network for Age-friendly Cities", "Age Friendly York",
                      "York joined the network in 2016. Read the story.")
    extraction = extract_page(html.encode(), "https://www.city.example/international", datetime(2025, 3, 1, tzinfo=UTC))
    assert [item["title"] for item in extraction.news] == ["Age Friendly York"]



def _dated_article(lang: str, declared: str, title: str, text: str, dated: str) -> str:
    script = f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"{declared}"}}</script>'
    return (f'<html lang="{lang}"><head><title>{title}</title>{script if declared else ""}</head><body><main>'
            f'<article class="article"><h1>{title}</h1><p>{text}</p><p class="article__date">{dated}</p></article>'
            "</main></body></html>")


@pytest.mark.parametrize("lang, declared, title, text, dated, is_news", [
    ("fr", "WebPage", "Reims, ville européenne", "Reims participe à Eurocities depuis 2012.", "Publié le 14/05/2025",
     False),
    ("en", "WebPage", "Leeds in Europe", "Leeds has been a member of Eurocities since 1989.",
     "Published on 14 May 2025", False),
    ("de", "WebPage", "Leipzig in Europa", "Leipzig ist seit 1991 Mitglied von Eurocities.",
     "Veröffentlicht am 14.05.2025", False),
    # an article declared so, or one with no declared type, is still a news item
    ("fr", "NewsArticle", "Reims accueille le forum Culture", "Reims accueille le forum Culture d'Eurocities.",
     "Publié le 14/05/2025", True),
    ("fr", "", "Reims accueille le forum Culture", "Reims accueille le forum Culture d'Eurocities.",
     "Publié le 14/05/2025", True),
])
def test_a_dated_article_of_a_page_declared_a_web_page_is_no_news_item(lang, declared, title, text, dated, is_news):
    html = _dated_article(lang, declared, title, text, dated)
    extraction = extract_page(html.encode(), "https://www.ville.example/la-mairie/europe",
                              datetime(2025, 6, 1, tzinfo=UTC))
    assert (extraction.page["page_date"], bool(extraction.news)) == ("2025-05-14", is_news)



@pytest.mark.parametrize("lang, body, expected", [
    ("fr", "<h2>MedCities</h2><p>Le réseau des villes de la Méditerranée a vu le jour à Barcelone en 1991 ; son "
           "secrétariat général y est toujours basé.</p>", {("medcities", "Barcelone")}),
    ("fr", "<h2>ICORN</h2><p>Le réseau est né à Stavanger en 2006 et son siège y reste installé.</p>",
     {("icorn", "Stavanger")}),
    ("en", "<h2>ICORN</h2><p>ICORN was set up in Stavanger in 2006, and its secretariat is still based there.</p>",
     {("icorn", "Stavanger")}),
    # the place named is not the seat's when the seat is elsewhere
    ("fr", "<h2>Eurocities</h2><p>Le réseau est né à Rotterdam en 1986 ; son secrétariat est aujourd'hui à "
           "Bruxelles.</p>", {("eurocities", "Bruxelles")}),
])
def test_a_seat_in_the_place_just_named(lang, body, expected):
    assert _of("headquarters", body, lang) == expected
