"""Facts lost because of where they sit on the page: the network named in a card's header (as French sites name
it) with its facts in the list below; and the traps beside them (the site's own header and footer)."""

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
