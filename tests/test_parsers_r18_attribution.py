"""Which network a fact belongs to when the text names several: a box is about the network its own heading names, a
clause about the network it names, a pronoun about the body the sentence before named."""

import pytest
from helpers.extracted import triples_of_snippet

# A box beside the text: the page's index names the sections' networks first, then a fact sheet headed by another.
_INDEX = ("<nav><h2>{index}</h2><ul><li><a href='#a'>ICLEI</a></li><li><a href='#b'>Eurocities</a></li></ul></nav>")


@pytest.mark.parametrize("lang, index, sheet, expected", [
    ("it", "Indice della pagina", "<h3>Scheda: Mayors for Peace</h3><dl><dt>Fondazione</dt><dd>1982</dd>"
     "<dt>Sede</dt><dd>Hiroshima (Giappone)</dd><dt>Paesi</dt><dd>166</dd></dl>",
     {("mayors-for-peace", "founded", "1982"), ("mayors-for-peace", "headquarters", "Hiroshima"),
      ("mayors-for-peace", "member_countries", "166")}),
    ("fr", "Sur cette page", "<h3>Fiche : Maires pour la Paix</h3><dl><dt>Création</dt><dd>1982</dd>"
     "<dt>Siège</dt><dd>Hiroshima (Japon)</dd></dl>",
     {("mayors-for-peace", "founded", "1982"), ("mayors-for-peace", "headquarters", "Hiroshima")}),
    ("en", "On this page", "<h3>Fact sheet: Mayors for Peace</h3><table><tr><th>Founded</th><td>1982</td></tr>"
     "<tr><th>Headquarters</th><td>Hiroshima, Japan</td></tr></table>",
     {("mayors-for-peace", "founded", "1982"), ("mayors-for-peace", "headquarters", "Hiroshima")}),
    ("de", "Auf dieser Seite", "<h3>Steckbrief: Klima-Bündnis</h3><p>Gründung: 1990</p><p>Sitz: Frankfurt am Main</p>",
     {("climate-alliance", "founded", "1990"), ("climate-alliance", "headquarters", "Frankfurt am Main")}),
    ("es", "En esta página", "<h4>Ficha: CIDEU</h4><ul><li>Fundación: 1993</li><li>Sede: Barcelona</li>"
     "<li>Ciudades socias: 140</li></ul>",
     {("cideu", "founded", "1993"), ("cideu", "headquarters", "Barcelona")}),
])
def test_a_boxs_fact_sheet_is_the_network_its_heading_names(lang, index, sheet, expected):
    beside = f"<aside>{_INDEX.format(index=index)}<div class='card'>{sheet}</div></aside>"
    found = triples_of_snippet("<h2>Reti</h2><p>Testo.</p>", lang, beside=beside)
    assert expected <= found
    assert not any(network in ("iclei", "eurocities") for network, _, _ in found)


@pytest.mark.parametrize("lang, box, expected", [
    # trap: a heading inside the box that names no network leaves the box's rows to the network the box names
    ("fr", "<h3>Energy Cities en bref</h3><p>Le réseau des villes en transition énergétique.</p><h4>Chiffres "
           "clés</h4><dl><dt>Création</dt><dd>1990</dd><dt>Siège</dt><dd>Besançon</dd></dl>",
     {("energy-cities", "founded", "1990"), ("energy-cities", "headquarters", "Besançon")}),
    ("en", "<h3>About ICLEI</h3><p>ICLEI is a global network of local governments for sustainability.</p>"
           "<h4>Key facts</h4><ul><li>Founded: 1990</li><li>Headquarters: Bonn</li></ul>",
     {("iclei", "founded", "1990"), ("iclei", "headquarters", "Bonn")}),
])
def test_a_heading_naming_no_network_keeps_the_boxs_network(lang, box, expected):
    assert expected <= triples_of_snippet("<h2>Réseaux</h2><p>Texte.</p>", lang, beside=f"<aside>{box}</aside>")



# A page about one network (its title names it) whose section presents another: the pronoun opening the next sentence
# stands for the network the sentence before had as its subject.
_TITLE = {"fr": "Rouen accueille les Maires pour la Paix", "en": "Leeds hosts Mayors for Peace",
          "de": "Hannover empfängt die Mayors for Peace", "es": "Granada acoge a Alcaldes por la Paz",
          "it": "Salerno ospita i Sindaci per la Pace"}


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "Fondée en 1998, l'AFCDRP fédère 180 collectivités. Elle est présidée par Jean-Luc Garnier, adjoint au "
           "maire de Grigny.", ("afcdrp", "president", "Jean-Luc Garnier")),
    ("en", "Founded in 1981, ICLEI brings together 2,500 local governments. It is chaired by Frank Cownie, mayor of "
           "Des Moines.", ("iclei", "president", "Frank Cownie")),
    ("de", "Das Klima-Bündnis vereint rund 2.000 Kommunen. Es hat seinen Sitz in Frankfurt am Main.",
     ("climate-alliance", "headquarters", "Frankfurt am Main")),
    ("es", "Fundada en 1993, CIDEU reúne a 150 ciudades. Está presidida por Jorge Muñoz, alcalde de Lima.",
     ("cideu", "president", "Jorge Muñoz")),
    ("it", "Fondata nel 1996, Avviso Pubblico – Enti locali e Regioni per la formazione civile contro le mafie "
           "riunisce 500 enti. È presieduta da Roberto Montà.", ("avviso-pubblico", "president", "Roberto Montà")),
])
def test_a_pronoun_stands_for_the_network_the_sentence_before_was_about(lang, text, expected):
    found = triples_of_snippet(f"<h2>Una rete</h2><p>{text}</p>", lang, heading=_TITLE[lang])
    assert expected in found
    assert not any(attribute == expected[1] and network == "mayors-for-peace" for network, attribute, _ in found)


@pytest.mark.parametrize("lang, text", [
    # trap: the pronoun is the city, and a network does not join itself: the joining stays the section's network's
    ("fr", "<h2>Maires pour la Paix</h2><p>Le réseau Maires pour la Paix s'appuie sur l'AFCDRP en France. Elle en est "
           "membre depuis 2008.</p>"),
    ("en", "<h2>Mayors for Peace</h2><p>Mayors for Peace works with ICLEI on climate. It has been a member since "
           "2008.</p>"),
])
def test_a_pronoun_opening_a_joining_is_not_the_network_before(lang, text):
    found = triples_of_snippet(text, lang)
    assert not any(attribute == "joined" and network in ("afcdrp", "iclei") for network, attribute, _ in found)


@pytest.mark.parametrize("lang, text", [
    ("it", "Salerno aderisce all'ANCI, l'associazione che dal 1901 rappresenta i Comuni italiani nei rapporti con il "
           "Governo."),
    ("fr", "Rouen adhère à Cités Unies France, l'association qui depuis 1975 fédère les collectivités engagées dans "
           "la coopération."),
    ("en", "Leeds is a member of the Local Government Association, which since 1997 has represented councils in "
           "England."),
    ("de", "Darmstadt ist Mitglied im Deutschen Städtetag, der seit 1905 die Interessen der Städte vertritt."),
    ("es", "León pertenece a la FEMP, la federación que desde 1981 representa a los municipios españoles."),
])
def test_since_when_the_network_acts_is_not_the_citys_joining(lang, text):
    found = triples_of_snippet(f"<h2>Reti</h2><p>{text}</p>", lang)
    assert not any(attribute == "joined" for _, attribute, _ in found)


@pytest.mark.parametrize("lang, text, expected", [
    # trap: the relative's verb is the membership, its year the city's joining
    ("it", "<h2>Sindaci per la Pace</h2><p>Il Comune, che dal 2008 è membro di Mayors for Peace, celebra ogni anno "
           "la Giornata di Hiroshima.</p>", ("mayors-for-peace", "joined", "2008")),
    ("fr", "<h2>Eurocities</h2><p>Lyon, qui depuis 1991 est membre d'Eurocities, accueille le forum.</p>",
     ("eurocities", "joined", "1991")),
    # a name in apposition to the network's noun after an article: "Avviso Pubblico, la rete che ..."
    ("it", "<h2>Notizie</h2><p>Socia dal 2012, la città conferma il proprio impegno in Avviso Pubblico, la rete che "
           "riunisce oltre 500 enti locali.</p>", ("avviso-pubblico", "joined", "2012")),
])
def test_the_citys_joining_beside_a_relative_clause(lang, text, expected):
    assert expected in triples_of_snippet(text, lang)


# A page about one network, its <h1> naming it as its title does, then a section on the city's other networks: a
# paragraph there that names another network goes on about that one.
@pytest.mark.parametrize("lang, title, other, expected", [
    ("de", "Städtebund DIE HANSE", "<h2>Weitere Netzwerke</h2><p>Im Ostseeraum arbeitet Lübeck außerdem in der "
     "Union of the Baltic Cities (UBC) mit. Lübeck ist seit 1991 Mitglied.</p>",
     ("union-of-baltic-cities", "joined", "1991")),
    ("fr", "Eurocities", "<h2>Autres réseaux</h2><p>La ville travaille aussi avec Energy Cities. Elle en est membre "
     "depuis 2004.</p>", ("energy-cities", "joined", "2004")),
    ("en", "Eurocities", "<h2>Other networks</h2><p>Leeds also takes part in ICLEI. Leeds has been a "
     "member since 2004.</p>", ("iclei", "joined", "2004")),
    ("es", "Eurocities", "<h2>Otras redes</h2><p>La ciudad participa también en CIDEU. Es miembro desde 2004.</p>",
     ("cideu", "joined", "2004")),
    ("it", "Eurocities", "<h2>Altre reti</h2><p>Il Comune partecipa anche a Energy Cities. Ne è membro dal 2004.</p>",
     ("energy-cities", "joined", "2004")),
])
def test_under_the_pages_title_heading_a_paragraph_goes_on_about_the_network_it_names(lang, title, other, expected):
    found = triples_of_snippet(f"<p>Testo del {title}.</p>{other}", lang, title=title, heading=title)
    assert expected in found
    assert not any(attribute == "joined" and network in ("die-hanse", "eurocities") for network, attribute, _ in found)


@pytest.mark.parametrize("lang, body, expected", [
    # trap: a part of the page's own network that names no other network stays that network's
    ("fr", "<h2>Histoire</h2><p>La Ville en est membre depuis 1991.</p>", ("eurocities", "joined", "1991")),
    ("en", "<h2>Our membership</h2><p>The city has been a member since 1991.</p>", ("eurocities", "joined", "1991")),
])
def test_a_part_of_the_pages_network_naming_no_other_stays_its_own(lang, body, expected):
    assert expected in triples_of_snippet(f"<p>Eurocities rassemble 200 villes.</p>{body}", lang, title="Eurocities",
                                          heading="Eurocities")


@pytest.mark.parametrize("lang, text, network", [
    ("fr", "La ville a rejoint Eurocities l'année suivante et siège depuis 2021 à son conseil d'administration.",
     "eurocities"),
    ("en", "The city joined Eurocities later and sits on its executive committee since 2021.", "eurocities"),
    ("de", "Die Stadt ist dem Klima-Bündnis beigetreten und sitzt seit 2021 im Vorstand.", "climate-alliance"),
    ("es", "La ciudad se unió a CIDEU y ocupa desde 2021 un puesto en su consejo rector.", "cideu"),
    ("it", "Il Comune ha aderito a Energy Cities e siede dal 2021 nel consiglio direttivo.", "energy-cities"),
])
def test_since_when_the_city_sits_on_the_board_is_not_its_joining(lang, text, network):
    found = triples_of_snippet(f"<h2>Réseaux</h2><p>{text}</p>", lang)
    assert (network, "joined", "2021") not in found


@pytest.mark.parametrize("lang, text, expected", [
    # trap: the joining's own clause keeps its year beside the board seat's
    ("fr", "Lyon est membre d'Eurocities depuis 1991 et siège à son comité exécutif depuis 2010.",
     ("eurocities", "joined", "1991")),
    ("en", "Leeds has been a member of Eurocities since 1991 and sits on its executive committee.",
     ("eurocities", "joined", "1991")),
])
def test_a_joining_beside_a_board_seat_keeps_its_year(lang, text, expected):
    found = triples_of_snippet(f"<h2>Réseaux</h2><p>{text}</p>", lang)
    assert expected in found
    assert ("eurocities", "joined", "2010") not in found
