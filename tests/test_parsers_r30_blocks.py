"""A network's facts read in its own block: the place where the network was founded is its seat when a relative clause
right after it says that place still hosts the network's secretariat or headquarters."""

import pytest
from helpers.extracted import card, claims_of_sentence, values_of


# The place, then "which still hosts its secretariat": the seat, in the five languages.
@pytest.mark.parametrize("sentence, place", [
    ("Le réseau a été créé en 1991 à Barcelone, qui en accueille toujours le secrétariat général.", "Barcelone"),
    ("L'association est née en 2004 à Lyon, qui abrite son siège.", "Lyon"),
    ("The network was founded in 1991 in Barcelona, which still hosts its general secretariat.", "Barcelona"),
    ("Das Bündnis wurde 1990 in Frankfurt am Main gegründet, wo sich auch heute die europäische Geschäftsstelle "
     "befindet.", "Frankfurt am Main"),
    ("Der Verband wurde 1980 in Zwolle gegründet, wo sich nach wie vor sein Sitz befindet.", "Zwolle"),
    ("La red fue creada en 1991 en Barcelona, que todavía alberga su secretaría general.", "Barcelona"),
    ("La rete è stata fondata nel 1991 a Barcellona, che ne ospita tuttora la segreteria generale.", "Barcellona"),
    ("L'associazione è nata a Torino nel 2001, che ospita ancora la sua sede.", "Torino"),
])
def test_the_founding_place_that_still_hosts_the_seat_is_the_seat(sentence, place):
    assert ("headquarters", place) in claims_of_sentence(sentence)


# Traps: another body's seat hosted by the place; a place named before another one; no seat noun at all.
@pytest.mark.parametrize("sentence", [
    "Le réseau a été créé en 1991 à Barcelone, qui accueille le siège de l'Union pour la Méditerranée.",
    "The network was founded in 1991 in Barcelona, which hosts the secretariat of the Union for the Mediterranean.",
    "The network was founded in 1991 in Barcelona, which hosted its first congress.",
    "La red fue creada en 1991 en Barcelona, que acoge la sede de la Unión por el Mediterráneo.",
    "La rete è stata fondata nel 1991 a Barcellona, che ospita la sede dell'Unione per il Mediterraneo.",
    "Das Netzwerk wurde 1991 in Barcelona gegründet, wo die Stadt auch heute Projekte durchführt.",
])
def test_a_place_hosting_no_seat_of_the_network_is_not_its_seat(sentence):
    assert not [claim for claim in claims_of_sentence(sentence) if claim[0] == "headquarters"]


def test_a_place_named_before_the_hosting_one_is_not_the_seat():
    sentence = "Le réseau a été créé en 1991 à Lyon puis s'est installé à Barcelone, qui en accueille le secrétariat."
    assert ("headquarters", "Lyon") not in claims_of_sentence(sentence)


# In the network's own block: an accordion panel, a card, a definition list.
@pytest.mark.parametrize("body, lang, network", [
    ('<div class="accordion-item"><h3><button aria-expanded="false">MedCities</button></h3>'
     '<div class="accordion-collapse collapse"><p>Le réseau des villes de la Méditerranée a été créé en 1991 à '
     'Barcelone, qui en accueille toujours le secrétariat général. MedCities compte une soixantaine de villes '
     'membres.</p></div></div>', "fr", "medcities"),
    (card("MedCities", "The network of Mediterranean cities was founded in 1991 in Barcelona, which still hosts its "
                       "general secretariat."), "en", "medcities"),
    ("<dl><dt>MedCities</dt><dd>La red de ciudades mediterráneas fue creada en 1991 en Barcelona, que todavía alberga "
     "su secretaría general.</dd></dl>", "es", "medcities"),
])
def test_the_hosting_place_is_read_in_the_networks_block(body, lang, network):
    place = "Barcelone" if lang == "fr" else "Barcelona"
    assert (network, place) in values_of("headquarters", body, lang)


def test_the_german_accordion_reads_the_office_where_the_network_was_founded():
    body = ('<div class="akkordeon__element"><h3><button aria-expanded="false">Klimabündnis</button></h3>'
            '<div class="akkordeon__inhalt" hidden><p>Seit September 2003 ist Steyr Klimabündnis-Stadt. Das Bündnis '
            'wurde 1990 in Frankfurt am Main gegründet, wo sich auch heute die Geschäftsstelle befindet.</p></div>'
            '</div>')
    assert ("climate-alliance", "Frankfurt am Main") in values_of("headquarters", body, "de")


# A network of mayors calls itself a movement: the fronted participle's founding is the block's network's.
@pytest.mark.parametrize("body, lang", [
    ("<h2>Maires pour la Paix</h2><p>Saint-Malo a rejoint en 2012 le réseau Maires pour la Paix. Fondé en 1982 à "
     "l'initiative de la ville d'Hiroshima, ce mouvement plaide pour l'élimination des armes nucléaires.</p>", "fr"),
    (card("Mayors for Peace", "Founded in 1982 at the initiative of the city of Hiroshima, the movement campaigns for "
                              "the abolition of nuclear weapons."), "en"),
    ("<dl><dt>Mayors for Peace</dt><dd>1982 gegründet, setzt sich die Bewegung für die Abschaffung der Atomwaffen "
     "ein.</dd></dl>", "de"),
    ("<table><tr><th>Red</th><th>Descripción</th></tr><tr><td>Mayors for Peace</td><td>Fundado en 1982, el "
     "movimiento aboga por la eliminación de las armas nucleares.</td></tr></table>", "es"),
    ("<h3>Mayors for Peace</h3><p>Fondato nel 1982, il movimento si batte per l'eliminazione delle armi nucleari.</p>",
     "it"),
])
def test_a_movement_founded_is_the_network_of_its_block(body, lang):
    assert ("mayors-for-peace", "1982") in values_of("founded", body, lang)


# Trap: a founded event or festival in the block is not the network's founding.
@pytest.mark.parametrize("body, lang", [
    ("<h2>Maires pour la Paix</h2><p>Fondé en 1995, le festival de la paix accueille chaque année des milliers de "
     "visiteurs.</p>", "fr"),
    (card("Mayors for Peace", "Founded in 1995, the peace festival draws thousands of visitors every year."), "en"),
])
def test_a_festival_founded_in_the_block_is_not_the_networks_founding(body, lang):
    assert values_of("founded", body, lang) == set()


# Trap: the movement whose birth a concessive clause tells of is not the network's formal founding.
def test_a_movement_born_before_the_formal_founding_is_not_the_founding():
    sentence = "L'association a été constituée en 1994, bien que le mouvement soit né en 1990."
    assert ("founded", "1990") not in claims_of_sentence(sentence)


# The pact signed in the pluperfect or the Spanish perfect, in the network's block: the signing dates the joining.
@pytest.mark.parametrize("body, lang, joined", [
    ("<h2>Un engagement de longue date</h2><p>La Ville avait signé dès 2010 la Convention des maires pour le climat et "
     "l'énergie, et son plan climat a permis de réduire ses consommations.</p>", "fr", "2010"),
    (card("Convention des maires", "La Ville avait déjà signé en 2010 la Convention des maires."), "fr", "2010"),
    ("<dl><dt>Pacto de los Alcaldes</dt><dd>La ciudad había firmado en 2009 el Pacto de los Alcaldes.</dd></dl>", "es",
     "2009"),
    ("<p>La ciudad ha firmado el Pacto de los Alcaldes en 2009.</p>", "es", "2009"),
    ("<table><tr><th>Rete</th><th>Adesione</th></tr><tr><td>Patto dei Sindaci</td><td>Il Comune aveva sottoscritto "
     "nel 2011 il Patto dei Sindaci.</td></tr></table>", "it", "2011"),
    ("<p>The city had signed the Covenant of Mayors in 2010.</p>", "en", "2010"),
    ("<p>Die Stadt hatte bereits 2010 den Konvent der Bürgermeister unterzeichnet.</p>", "de", "2010"),
])
def test_a_pact_signed_before_dates_the_joining(body, lang, joined):
    assert values_of("joined", body, lang) == {("covenant-of-mayors", joined)}


# Traps: a text of the network, or an agreement with it, signed before is no joining.
@pytest.mark.parametrize("sentence", [
    "La Ville avait signé en 2010 la charte de la Convention des maires.",
    "La Ville avait signé en 2010 un accord avec Eurocities.",
    "La ciudad había firmado en 2015 la Carta de Eurocities.",
])
def test_a_text_or_an_agreement_signed_before_is_no_joining(sentence):
    assert ("joined", "2010") not in claims_of_sentence(sentence) and (
        "joined", "2015") not in claims_of_sentence(sentence)


# The sentence opens on the signing of the pact, then its date: the city's joining, in the network's block.
@pytest.mark.parametrize("body, lang", [
    ('<section id="patto"><h2>Patto dei Sindaci</h2><p>Con la sottoscrizione del Patto dei Sindaci nel 2011 la città '
     "si è impegnata a ridurre le emissioni di CO2 del proprio territorio.</p></section>", "it"),
    (card("Convention des maires", "Avec la signature de la Convention des maires en 2011, la ville s'est engagée à "
                                   "réduire ses émissions."), "fr"),
    ("<h3>Covenant of Mayors</h3><p>With the signing of the Covenant of Mayors in 2011 the city committed to cutting "
     "its emissions.</p>", "en"),
    ("<p>Mit der Unterzeichnung des Konvents der Bürgermeister im Jahr 2011 hat sich die Stadt verpflichtet, ihre "
     "Emissionen zu senken.</p>", "de"),
    ('<div class="accordion-item"><h3><button aria-expanded="false">Pacto de los Alcaldes</button></h3><div '
     'class="collapse"><p>Con la firma del Pacto de los Alcaldes en 2011, la ciudad se comprometió a reducir sus '
     "emisiones.</p></div></div>", "es"),
])
def test_a_sentence_opening_on_the_pacts_signing_dates_the_joining(body, lang):
    assert values_of("joined", body, lang) == {("covenant-of-mayors", "2011")}


# Traps: the pact signed by others; the date in another clause than the signing.
@pytest.mark.parametrize("sentence", [
    "With the signing of the Covenant of Mayors in 2008 by the first 300 cities, the initiative began.",
    "Avec la signature de la Convention des maires en 2008 par les premières villes, l'initiative a commencé.",
    "Con la firma del Patto dei Sindaci la città si è impegnata nel 2011 a ridurre le emissioni.",
])
def test_a_signing_by_others_or_dated_elsewhere_is_no_joining_there(sentence):
    assert not [claim for claim in claims_of_sentence(sentence) if claim[0] == "joined"]
