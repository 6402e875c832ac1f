"""Where networks were founded and are seated, and what they count, as city sites word and lay them out: a founding
congress and where it was held, a network "born" in a city, the place closing a bracket, a seat hosted by a city,
fact sheets written line by line, key-figure bands, and counts of a programme or a declaration that are not the
network's members."""


import pytest
from helpers.extracted import facts_of_snippet
from helpers.extracted import triples_of_snippet as _facts


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Cités et Gouvernements Locaux Unis est née lors du congrès fondateur de Paris, en mai 2004.", "fr",
     {("uclg", "founded", "2004-05"), ("uclg", "founded_place", "Paris")}),
    ("Le congrès fondateur de CGLU s'est tenu à Paris en mai 2004.", "fr",
     {("uclg", "founded", "2004-05"), ("uclg", "founded_place", "Paris")}),
    ("The founding conference of UCLG, held in Paris in May 2004, merged two older associations.", "en",
     {("uclg", "founded", "2004-05"), ("uclg", "founded_place", "Paris")}),
    ("UCLG came into being at the founding conference, held in Paris in 2004.", "en",
     {("uclg", "founded", "2004"), ("uclg", "founded_place", "Paris")}),
    ("El congreso fundacional de CGLU se celebró en París en 2004.", "es",
     {("uclg", "founded", "2004"), ("uclg", "founded_place", "París")}),
])
def test_a_founding_meeting_tells_where_the_network_was_founded(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Eurocities was born in Rotterdam in 1986.",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("Born in Rotterdam in 1986, Eurocities now has 200 members.",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam"),
      ("eurocities", "member_cities", "200")}),
    ("The network was born in Rotterdam in 1986 and Eurocities has grown since.",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
])
def test_a_network_born_somewhere_was_founded_there(sentence, expected):
    assert _facts(f"<p>{sentence}</p>", "en") == expected


def test_a_person_born_somewhere_founds_nothing():
    assert _facts("<p>The prize, named after Jane Doe, born in Leeds in 1970, is awarded by Eurocities.</p>",
                  "en") == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Eurocities (founded 1986, Rotterdam) links the large cities of Europe.", "en",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("L'AIMF (fondée en 1979, Québec) réunit 140 villes dans 50 pays.", "fr",
     {("aimf", "founded", "1979"), ("aimf", "founded_place", "Québec"), ("aimf", "member_cities", "140"),
      ("aimf", "member_countries", "50")}),
])
def test_the_place_closing_the_founding_brackets(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Eurocities, with its office in Brussels, speaks for Europe's cities.",
     {("eurocities", "headquarters", "Brussels")}),
    ("ICORN has its head office in Stavanger.", {("icorn", "headquarters", "Stavanger")}),
    ("The Mayors for Peace secretariat is hosted by Hiroshima City.",
     {("mayors-for-peace", "headquarters", "Hiroshima")}),
    ("UCLG's World Secretariat is hosted by the city of Barcelona.", {("uclg", "headquarters", "Barcelona")}),
    ("The Mayors for Peace secretariat (Hiroshima) coordinates the campaign.",
     {("mayors-for-peace", "headquarters", "Hiroshima")}),
])
def test_seats_worded_by_their_office_or_host(sentence, expected):
    assert _facts(f"<p>{sentence}</p>", "en") == expected


def test_several_offices_name_no_seat():
    assert _facts("<p>Eurocities has offices in Brussels and Barcelona.</p>", "en") == set()


@pytest.mark.parametrize("markup, lang, expected", [
    ('<h2>Eurocities</h2><div class="key-figures"><div><span class="num">200</span><span class="label">villes membres'
     '</span></div><div><span class="num">38</span><span class="label">pays</span></div></div>', "fr",
     {("eurocities", "member_cities", "200"), ("eurocities", "member_countries", "38")}),
    ("<h2>Eurocities</h2><ul><li><b>200+</b><br>member cities</li><li><b>38</b><br>countries</li></ul>", "en",
     {("eurocities", "member_cities", "200"), ("eurocities", "member_countries", "38")}),
    ('<h2>Eurocities</h2><div class="cifras"><div><strong>+200</strong></div><div>ciudades</div></div>', "es",
     {("eurocities", "member_cities", "200")}),
])
def test_a_key_figure_reads_with_its_label(markup, lang, expected):
    assert _facts(markup, lang) == expected


def _qualifiers(body: str, lang: str) -> set[tuple[str, str]]:
    return {(value, qualifier) for _, _, value, qualifier in facts_of_snippet(body, lang, heading="Eurocities")}


@pytest.mark.parametrize("body, lang, expected", [
    ("<p><span>+ de 200</span> villes</p>", "fr", {("200", "more_than")}),
    ("<p><strong>+200</strong> ciudades</p>", "es", {("200", "more_than")}),
    ("<p><b>200+</b><br>member cities</p>", "en", {("200", "at_least")}),
])
def test_a_key_figures_plus_sign_is_its_hedge(body, lang, expected):
    assert _qualifiers(body, lang) == expected


def test_a_fact_sheet_written_line_by_line_reads_each_line():
    assert _facts("<h2>Eurocities</h2><p><strong>Siège :</strong> Bruxelles<br><strong>Membres :</strong> plus de 200 "
                  "villes<br><strong>Date de création :</strong> 1986</p>", "fr") == {
        ("eurocities", "headquarters", "Bruxelles"), ("eurocities", "member_cities", "200"),
        ("eurocities", "founded", "1986")}


def test_a_line_with_a_link_stays_one_sentence():
    assert _facts('<p>Paris is a member of <a href="/eurocities">Eurocities</a> since 1991,<br>and of the '
                  '<a href="/aimf">AIMF</a> since 1979.</p>', "en") == {
        ("eurocities", "joined", "1991"), ("aimf", "joined", "1979")}


def test_an_ordinal_ending_stays_on_its_number():
    assert _facts("<p>CGLU a été fondée à Paris le 1<sup>er</sup> mai 2004.</p>", "fr") == {
        ("uclg", "founded", "2004-05-01"), ("uclg", "founded_place", "Paris")}


@pytest.mark.parametrize("markup, lang, expected", [
    ("<h2>ICLEI</h2><p>HQ: Bonn</p>", "en", {("iclei", "headquarters", "Bonn")}),
    ("<h2>Eurocities</h2><dl><dt>HQ</dt><dd>Brussels</dd><dt>Founded</dt><dd>1986, Rotterdam</dd></dl>", "en",
     {("eurocities", "headquarters", "Brussels"), ("eurocities", "founded", "1986"),
      ("eurocities", "founded_place", "Rotterdam")}),
    ("<h2>Eurocities</h2><dl><dt>Based in</dt><dd>Brussels</dd><dt>Members</dt><dd>200+</dd></dl>", "en",
     {("eurocities", "headquarters", "Brussels"), ("eurocities", "member_cities", "200")}),
    ("<h2>Mayors for Peace</h2><p>Secretariat – Hiroshima</p>", "en",
     {("mayors-for-peace", "headquarters", "Hiroshima")}),
    ("<h2>Metropolis</h2><p>Siège — Barcelone</p>", "fr", {("metropolis", "headquarters", "Barcelone")}),
])
def test_a_fact_sheets_seat_under_other_labels(markup, lang, expected):
    assert _facts(markup, lang) == expected


@pytest.mark.parametrize("markup, lang, expected", [
    ("<h2>Partenaires</h2><address>AIMF – Secrétariat permanent<br>9, rue des Lombards<br>75004 Paris, France"
     "</address>", "fr", {("aimf", "headquarters", "Paris")}),
    ("<p>Eurocities head office: Square de Meeûs 1, 1000 Brussels, Belgium.</p>", "en",
     {("eurocities", "headquarters", "Brussels")}),
])
def test_the_seats_postal_address(markup, lang, expected):
    assert _facts(markup, lang) == expected


def test_a_city_departments_address_is_no_networks_seat():
    assert _facts("<p>Eurocities and the AIMF are followed by our team.</p><address>Secrétariat des relations "
                  "internationales<br>Hôtel de Ville<br>75004 Paris</address>", "fr") == set()


@pytest.mark.parametrize("sentence, lang", [
    ("Le programme Cities4Climate d'Eurocities réunit 25 villes.", "fr"),
    ("Lancée en 2019, l'initiative Villes inclusives d'Eurocities compte 30 villes.", "fr"),
    ("La déclaration d'Eurocities sur le logement compte aujourd'hui 60 villes.", "fr"),
    ("The pilot programme brings together 12 Eurocities members.", "en"),
    ("UCLG's Culture Committee gathers more than 100 cities.", "en"),
    ("El programa de Eurocities sobre movilidad agrupa a 20 ciudades.", "es"),
])
def test_a_programme_or_a_declaration_counts_its_own_cities(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("sentence, lang", [
    ("Eurocities coordonne un projet qui associe 12 villes partenaires.", "fr"),
    ("Eurocities leads a project with 12 partner cities.", "en"),
    ("Eurocities coordina un proyecto con 20 ciudades socias.", "es"),
    ("Eurocities supports five pilot cities.", "en"),
])
def test_partners_and_pilots_are_not_members(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


@pytest.mark.parametrize("sentence, lang", [
    ("More than 50 cities have signed the Eurocities pledge on homelessness.", "en"),
    ("Soixante villes ont signé la déclaration d'Eurocities sur le climat.", "fr"),
])
def test_the_signatories_of_a_text_are_not_members(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


def test_the_signatories_of_a_network_named_as_a_pact_are_its_members():
    assert _facts("<p>Plus de 200 villes ont signé le Pacte de Milan.</p>", "fr") == {
        ("milan-urban-food-policy-pact", "member_cities", "200")}


@pytest.mark.parametrize("sentence, lang", [
    ("Eurocities grew from 6 cities to more than 200 members.", "en"),
    ("Eurocities pasó de 6 ciudades a más de 200 ciudades.", "es"),
])
def test_the_figure_a_network_grew_from_is_the_past(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == {("eurocities", "member_cities", "200")}


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Creata nel 1991, su iniziativa del sindaco di Rotterdam, Eurocities riunisce 200 città.", "it",
     {("eurocities", "founded", "1991"), ("eurocities", "member_cities", "200")}),
    ("L'initiative Mayors for Peace est née en 1982 à Hiroshima.", "fr",
     {("mayors-for-peace", "founded", "1982"), ("mayors-for-peace", "founded_place", "Hiroshima")}),
])
def test_an_initiative_that_is_the_network_or_who_started_it(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_a_description_list_grouping_each_row_in_a_div():
    assert _facts('<h2>Eurocities</h2><dl><div><dt>HQ</dt><dd>Brussels, Belgium</dd></div><div><dt>Bristol joined</dt>'
                  '<dd>2003</dd></div></dl>', "en") == {
        ("eurocities", "headquarters", "Brussels"), ("eurocities", "joined", "2003")}


@pytest.mark.parametrize("sentence, lang, expected", [
    ("ICLEI was founded in 1990 at the World Congress of Local Governments for a Sustainable Future, held at the "
     "United Nations in New York.", "en", {("iclei", "founded", "1990"), ("iclei", "founded_place", "New York")}),
    ("CGLU a été créée en 2004 lors du premier congrès mondial des villes et des pouvoirs locaux, tenu à Paris.",
     "fr", {("uclg", "founded", "2004"), ("uclg", "founded_place", "Paris")}),
])
def test_the_place_of_the_meeting_a_network_was_founded_at(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_a_founding_member_joined_when_the_page_said_the_network_was_founded():
    assert _facts("<h2>Global Parliament of Mayors</h2><p>The Global Parliament of Mayors held its inaugural session "
                  "in The Hague in September 2016. Bristol was a founding member.</p>", "en") == {
        ("global-parliament-of-mayors", "founded", "2016-09"),
        ("global-parliament-of-mayors", "founded_place", "The Hague"),
        ("global-parliament-of-mayors", "joined", "2016-09")}


@pytest.mark.parametrize("sentence, lang", [
    ("Bristol sits on the Eurocities working group on the circular economy, which brings together 45 cities.", "en"),
    ("Lyon anime le forum Culture d'Eurocities, qui rassemble une centaine de villes.", "fr"),
])
def test_a_count_in_a_relative_clause_about_a_part_of_the_network(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


def test_a_count_in_a_relative_clause_about_the_network():
    assert _facts("<p>Lyon is a member of Eurocities, which brings together 200 cities.</p>", "en") == {
        ("eurocities", "member_cities", "200")}


@pytest.mark.parametrize("sentence, lang, expected", [
    ("CGLU nació en el congreso fundacional celebrado en París y representa hoy a gobiernos locales de 140 países.",
     "es", {("uclg", "founded_place", "París"), ("uclg", "member_countries", "140")}),
    ("UCLG was born at a founding congress in Paris and today represents local governments in 140 countries.", "en",
     {("uclg", "founded_place", "Paris"), ("uclg", "member_countries", "140")}),
])
def test_a_count_in_a_present_predicate_after_the_founding_event(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_an_events_audience_in_the_present_is_still_an_audience():
    assert _facts("<p>Le congrès mondial de CGLU réunit cette année des délégations de 120 pays.</p>", "fr") == set()


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Fondée à Paris, CGLU est aujourd'hui basée à Barcelone.", "fr",
     {("uclg", "founded_place", "Paris"), ("uclg", "headquarters", "Barcelone")}),
    ("Eurocities a été fondé en 1986 lors d'une conférence à Rotterdam.", "fr",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("Eurocities tiene su oficina en Bruselas.", "es", {("eurocities", "headquarters", "Bruselas")}),
    ("La secretaría de Alcaldes por la Paz está a cargo de la ciudad de Hiroshima.", "es",
     {("mayors-for-peace", "headquarters", "Hiroshima")}),
    ("La red nació en 1986 en la ciudad de Róterdam y hoy Eurocities suma más de 200 ciudades.", "es",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Róterdam"),
      ("eurocities", "member_cities", "200")}),
])
def test_more_wordings_of_founding_places_seats_and_counts(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_an_opening_participles_place_needs_the_network_as_its_subject():
    assert _facts("<p>Fondé à Lyon, ce festival reçoit le soutien d'Eurocities.</p>", "fr") == set()


@pytest.mark.parametrize("markup", [
    "<p><strong>Eurocities</strong></p><p>Le réseau compte plus de 200 villes. Son siège est à Bruxelles.</p>",
    "<details><summary>Eurocities</summary><p>Le réseau compte plus de 200 villes. Son siège est à Bruxelles.</p>"
    "</details>",
    '<div class="accordion"><button class="accordion__trigger" aria-expanded="false">Eurocities</button>'
    '<div class="accordion__panel"><p>Le réseau compte plus de 200 villes. Son siège est à Bruxelles.</p></div></div>',
])
def test_a_line_that_only_names_a_network_heads_the_text_after_it(markup):
    assert _facts(markup, "fr") == {("eurocities", "member_cities", "200"), ("eurocities", "headquarters", "Bruxelles")}


def test_a_list_of_network_names_heads_nothing():
    assert _facts('<ul role="tablist"><li role="tab">Eurocities</li><li role="tab">CGLU</li></ul>'
                  "<div><p>La red cuenta con más de 200 ciudades.</p></div>", "es") == set()


@pytest.mark.parametrize("markup, lang, expected", [
    ("<h3>Eurocities</h3><ul><li><strong>Headquarters</strong> Brussels</li><li><strong>Founded</strong> 1986</li>"
     "</ul>", "en", {("eurocities", "headquarters", "Brussels"), ("eurocities", "founded", "1986")}),
    ("<h3>Eurocities</h3><p><strong>Siège</strong><br>Bruxelles</p><p><strong>Création</strong><br>1986</p>", "fr",
     {("eurocities", "headquarters", "Bruxelles"), ("eurocities", "founded", "1986")}),
    ("<h3>Eurocities</h3><p><b>Sede:</b> Bruselas | <b>Fundación:</b> 1986 | <b>Miembros:</b> más de 200 ciudades</p>",
     "es", {("eurocities", "headquarters", "Bruselas"), ("eurocities", "founded", "1986"),
            ("eurocities", "member_cities", "200")}),
])
def test_fact_sheet_rows_without_a_colon_or_on_one_line(markup, lang, expected):
    assert _facts(markup, lang) == expected


def test_a_sentence_opening_with_a_label_word_is_no_row():
    assert _facts("<h3>Eurocities</h3><p>Seat Belt Week took place in Brussels.</p>", "en") == set()


def test_a_network_so_many_strong():
    assert _facts("<p>Eurocities, a 200-strong network of cities, speaks for urban Europe.</p>", "en") == {
        ("eurocities", "member_cities", "200")}


@pytest.mark.parametrize("sentence, expected", [
    ("Québec participe à son initiative sur l'égalité des genres, qui rassemble 35 villes.", set()),
    ("Mayors for Peace è una rete nata su iniziativa del sindaco di Hiroshima, che riunisce 8.000 città.",
     {("mayors-for-peace", "member_cities", "8000")}),
    ("Québec soutient l'initiative Mayors for Peace, qui rassemble 8 000 villes.",
     {("mayors-for-peace", "member_cities", "8000")}),
])
def test_a_count_in_a_relative_clause_about_an_initiative(sentence, expected):
    assert _facts(f"<h2>Metropolis</h2><p>{sentence}</p>", "fr") == expected


@pytest.mark.parametrize("sentence, lang", [
    ("A survey of 80 Eurocities members found that most cities plan new bike lanes.", "en"),
    ("The Eurocities report on housing covers 45 cities.", "en"),
    ("Eurocities' 2024 award attracted applications from 70 cities.", "en"),
    ("Le rapport d'Eurocities sur le logement porte sur 45 villes.", "fr"),
    ("Une délégation de 12 villes d'Eurocities s'est rendue à Kyiv.", "fr"),
    ("El informe de Eurocities analiza 45 ciudades.", "es"),
])
def test_a_surveys_sample_a_reports_scope_an_awards_entrants_are_not_members(sentence, lang):
    assert _facts(f"<p>{sentence}</p>", lang) == set()


def test_a_report_in_an_opening_clause_leaves_the_count_to_the_network():
    assert _facts("<p>Selon son dernier rapport, Eurocities compte 200 villes.</p>", "fr") == {
        ("eurocities", "member_cities", "200")}


def test_a_secretariat_that_works_in_a_city():
    assert _facts("<h2>Mercociudades</h2><p>Su Secretaría Técnica Permanente funciona en Montevideo desde 2007.</p>",
                  "es") == {("mercociudades", "headquarters", "Montevideo")}


@pytest.mark.parametrize("sentence, lang, expected", [
    ("C'est à Rotterdam qu'est né Eurocities en 1986.", "fr",
     {("eurocities", "founded", "1986"), ("eurocities", "founded_place", "Rotterdam")}),
    ("Fue en París donde se fundó CGLU en 2004.", "es",
     {("uclg", "founded", "2004"), ("uclg", "founded_place", "París")}),
])
def test_a_cleft_that_puts_the_founding_place_first(sentence, lang, expected):
    assert _facts(f"<p>{sentence}</p>", lang) == expected


def test_a_cleft_on_a_place_without_a_founding_says_nothing():
    assert _facts("<p>C'est à Lyon que la Ville a accueilli le forum d'Eurocities en 2019.</p>", "fr") == set()
