"""Facts lost because of where they sit on the page: the network named in a card's header (as French sites name
it) with its facts in the list below, a seat placed "there" or in "the city" the sentence before or the clause before
named, a seat given with "the network" a part belongs to or with no verb, a seat's label or adverb in German; and the
traps beside them (the site's own header and footer, a city named after "the city", another body's seat)."""

from tests.helpers.extracted import facts_of_snippet

# A card's header as French sites name it ("carte-entete", "tuile-entete"): the card's, not the site's header


def test_a_cards_header_named_in_french_names_the_network_of_its_card():
    french = """<div class="grille-cartes"><div class="carte carte-reseau">
      <div class="carte-entete"><h3 class="carte-titre">Metropolis</h3>
      <p class="carte-soustitre">Association mondiale des grandes métropoles</p></div>
      <ul class="carte-faits"><li>Membre depuis 2019</li><li>Siège : Barcelone</li><li>Fondée en 1985</li></ul>
      </div></div>"""
    assert facts_of_snippet(french, "fr") == {("metropolis", "joined", "2019", "exact"),
                                              ("metropolis", "headquarters", "Barcelone", "exact"),
                                              ("metropolis", "founded", "1985", "exact")}
    english = """<div class="tile"><div class="tile-entete"><h3>ICLEI</h3></div>
      <ul><li>Member since 2021</li><li>Headquarters: Bonn</li></ul></div>"""
    assert facts_of_snippet(english, "en") == {("iclei", "joined", "2021", "exact"),
                                               ("iclei", "headquarters", "Bonn", "exact")}
    footer = """<div class="carte"><h3>AIMF</h3><ul><li>Membre depuis 2011</li></ul>
      <div class="carte-pied"><p>Créée en 1979 à Québec</p></div></div>"""
    assert facts_of_snippet(footer, "fr") == {("aimf", "joined", "2011", "exact"), ("aimf", "founded", "1979", "exact"),
                                              ("aimf", "founded_place", "Québec", "exact")}


def test_the_sites_header_and_footer_named_in_french_stay_out():
    page = """<div class="entete"><p>Membre de Cités Unies France depuis 1975.</p></div>
      <p>La ville agit dans plusieurs réseaux.</p>
      <div class="pied-page"><p>Ville membre d'Eurocities depuis 1995.</p></div>"""
    assert facts_of_snippet(page, "fr") == set()


# A seat placed "there" or in "the city": the place the founding named, in the same sentence or the one before


def test_a_seat_there_is_where_the_sentence_before_founded_the_network():
    german = """<h2>Klima-Bündnis</h2><p>Das Klima-Bündnis wurde 1990 in Frankfurt am Main gegründet. Dort hat der
      Verein bis heute seine Europäische Geschäftsstelle.</p>"""
    assert ("climate-alliance", "headquarters", "Frankfurt am Main", "exact") in facts_of_snippet(german, "de")
    english = """<h2>ICORN</h2><p>ICORN was founded in Stavanger in 2006. Its secretariat is still based there.</p>"""
    assert ("icorn", "headquarters", "Stavanger", "exact") in facts_of_snippet(english, "en")
    french = """<h2>LUCI</h2><p>Le réseau a été créé à Lyon en 2002. Il y a toujours son siège.</p>"""
    assert ("luci", "headquarters", "Lyon", "exact") in facts_of_snippet(french, "fr")


def test_a_seat_there_needs_a_founding_place_in_the_sentence_before():
    english = """<h2>ICORN</h2><p>ICORN was founded in 2006. Its secretariat is still based there.</p>"""
    assert facts_of_snippet(english, "en") == {("icorn", "founded", "2006", "exact")}


def test_a_seat_in_the_city_is_the_city_the_clause_before_named():
    italian = """<h2>Cittaslow</h2><p>Il movimento Cittaslow è nato a Orvieto nel 1999 e ha sede tuttora nella città
      umbra.</p>"""
    assert ("cittaslow", "headquarters", "Orvieto", "exact") in facts_of_snippet(italian, "it")
    german = """<h2>Klima-Bündnis</h2><p>Das Klima-Bündnis wurde 1990 in Frankfurt gegründet, und seine Europäische
      Geschäftsstelle hat bis heute ihren Sitz in der Stadt.</p>"""
    assert ("climate-alliance", "headquarters", "Frankfurt", "exact") in facts_of_snippet(german, "de")
    english = """<h2>ICORN</h2><p>ICORN was founded in Stavanger in 2006, and its secretariat is still in the
      city.</p>"""
    assert ("icorn", "headquarters", "Stavanger", "exact") in facts_of_snippet(english, "en")


def test_a_seat_in_a_city_named_after_the_city_is_not_the_founding_place():
    italian = """<h2>Cittaslow</h2><p>Il movimento è nato a Orvieto nel 1999 e ha sede nella città di Perugia.</p>"""
    german = """<h2>Klima-Bündnis</h2><p>Das Klima-Bündnis wurde 1990 in Frankfurt gegründet und hat seinen Sitz in
      der Stadt Bonn.</p>"""
    french = """<h2>Eurocities</h2><p>Eurocities a été fondé à Rotterdam en 1986 ; son secrétariat est aujourd'hui
      dans la ville de Bruxelles.</p>"""
    for page, lang in ((italian, "it"), (german, "de"), (french, "fr")):
        assert not any(attribute == "headquarters" and value in ("Orvieto", "Frankfurt", "Rotterdam")
                       for _, attribute, value, _ in facts_of_snippet(page, lang))


# German seats: an adverb between the seat and its place, the office's label with its scope


def test_a_seat_with_an_adverb_before_its_place_and_the_offices_label():
    sentence = """<h2>Klima-Bündnis</h2><p>Linz trat dem Klima-Bündnis 1993 bei. Die Europäische Geschäftsstelle hat
      ihren Sitz ebenfalls in Frankfurt am Main.</p>"""
    assert ("climate-alliance", "headquarters", "Frankfurt am Main", "exact") in facts_of_snippet(sentence, "de")
    also = """<h2>Eurocities</h2><p>Der Verband hat seinen Sitz auch in Brüssel.</p>"""
    assert ("eurocities", "headquarters", "Brüssel", "exact") in facts_of_snippet(also, "de")
    rows = """<h2>Klima-Bündnis</h2><ul><li>Gründung: 1990</li><li>Europäische Geschäftsstelle: Frankfurt am Main</li>
      </ul>"""
    assert ("climate-alliance", "headquarters", "Frankfurt am Main", "exact") in facts_of_snippet(rows, "de")
    label = """<h2>Eurocities</h2><ul><li>Geschäftsstelle: Brüssel</li></ul>"""
    assert facts_of_snippet(label, "de") == {("eurocities", "headquarters", "Brüssel", "exact")}


# A part of a network (a forum) as the subject: the seat right after "the network" it belongs to is the network's


def test_the_seat_of_the_network_a_part_belongs_to():
    german = """<h2>Eurocities-Kulturforum</h2><p>Die Stadt ist Gastgeberin. Das Kulturforum ist eines von sechs
      Fachforen des Netzwerks mit Sitz in Brüssel.</p>"""
    assert facts_of_snippet(german, "de") == {("eurocities", "headquarters", "Brüssel", "exact")}
    french = """<h2>Eurocities</h2><p>Le forum Culture est l'un des six forums du réseau, basé à Bruxelles.</p>"""
    assert facts_of_snippet(french, "fr") == {("eurocities", "headquarters", "Bruxelles", "exact")}
    english = """<h2>Eurocities</h2><p>The Culture Forum is one of six forums of the network based in Brussels.</p>"""
    assert facts_of_snippet(english, "en") == {("eurocities", "headquarters", "Brussels", "exact")}
    spanish = """<h2>Eurocities</h2><p>El foro de cultura es uno de los foros de Eurocities, con sede en
      Bruselas.</p>"""
    assert facts_of_snippet(spanish, "es") == {("eurocities", "headquarters", "Bruselas", "exact")}


def test_the_parts_own_seat_is_not_the_networks():
    german = """<h2>Eurocities</h2><p>Das Kulturforum mit Sitz in Lyon ist eines der Foren von Eurocities.</p>"""
    assert facts_of_snippet(german, "de") == set()


# A seat's noun, its network and its place, with no verb


def test_a_seat_named_with_its_network_and_place_without_a_verb():
    german = """<h2>Klima-Bündnis</h2><p>Organisiert wird das Treffen von der Europäischen Geschäftsstelle des Vereins
      in Frankfurt am Main.</p>"""
    assert facts_of_snippet(german, "de") == {("climate-alliance", "headquarters", "Frankfurt am Main", "exact")}
    french = """<h2>Eurocities</h2><p>La réunion est organisée par le secrétariat d'Eurocities à Bruxelles.</p>"""
    assert facts_of_snippet(french, "fr") == {("eurocities", "headquarters", "Bruxelles", "exact")}
    spanish = """<h2>Eurocities</h2><p>La reunión la organiza la secretaría de la red en Bruselas.</p>"""
    assert facts_of_snippet(spanish, "es") == {("eurocities", "headquarters", "Bruselas", "exact")}
    italian = """<h2>Eurocities</h2><p>La riunione è organizzata dal segretariato della rete a Bruxelles.</p>"""
    assert facts_of_snippet(italian, "it") == {("eurocities", "headquarters", "Bruxelles", "exact")}


def test_a_seat_without_a_verb_of_another_body_or_of_a_chapter_is_not_the_networks():
    unesco = """<h2>Eurocities</h2><p>La réunion se tient au siège de l'UNESCO à Paris.</p>"""
    assert facts_of_snippet(unesco, "fr") == set()
    chapter = """<h2>ICLEI</h2><p>The meeting is organised by the secretariat of ICLEI Europe in Freiburg.</p>"""
    assert facts_of_snippet(chapter, "en") == set()


# A pact signed as "it" under the pact's heading: the city's signing


def test_a_pact_signed_as_it_under_its_heading_is_the_citys_joining():
    spanish = """<h2>Pacto de las Alcaldías</h2><p>Lanzado en 2008, el Pacto reúne a más de 11.000 gobiernos locales.
      Palma lo suscribió en 2009 y presentó en 2021 su Plan de Acción.</p>"""
    assert ("covenant-of-mayors", "joined", "2009", "exact") in facts_of_snippet(spanish, "es")
    french = """<h2>Convention des maires pour le climat et l'énergie</h2><p>Lancée en 2008, l'initiative réunit des
      milliers de collectivités. Namur s'y est engagée en 2013.</p>"""
    assert ("covenant-of-mayors", "joined", "2013", "exact") in facts_of_snippet(french, "fr")
    english = """<h2>Covenant of Mayors</h2><p>Leeds signed it in 2009.</p>"""
    assert facts_of_snippet(english, "en") == {("covenant-of-mayors", "joined", "2009", "exact")}
    italian = """<h2>Patto dei Sindaci</h2><p>Modena lo ha sottoscritto nel 2009.</p>"""
    assert facts_of_snippet(italian, "it") == {("covenant-of-mayors", "joined", "2009", "exact")}


def test_a_declaration_signed_as_it_under_a_networks_heading_is_no_joining():
    english = """<h2>Eurocities</h2><p>Eurocities adopted a declaration on climate. Leeds signed it in 2020.</p>"""
    french = """<h2>Eurocities</h2><p>Le réseau a adopté une charte. Lyon l'a signée en 2020.</p>"""
    assert facts_of_snippet(english, "en") == set()
    assert facts_of_snippet(french, "fr") == set()
