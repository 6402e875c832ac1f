"""How other sites word their facts: fact sheets ("label: value" rows of definition lists and tables), offices
and names in other orders, German word order, sidebars about another network."""

from datetime import UTC, date, datetime

import pytest

from scraper.parsers.claims import find_claims
from scraper.parsers.extract import extract_page


@pytest.mark.parametrize("sentence, expected", [
    ("Fundación: Mayo de 2004, en París", [("founded", "2004-05"), ("founded_place", "París")]),
    ("Siège : Barcelone", [("headquarters", "Barcelone")]),
    ("Sitz: Brüssel", [("headquarters", "Brüssel")]),
    ("Membres : plus de 325", [("member_cities", "325")]),
    ("Mitglieder: rund 140 Städte", [("member_cities", "140")]),
    ("Barcelona es miembro desde: 2004", [("joined", "2004")]),
    ("Présidente : la Maire de Paris, Anne Hidalgo", [("president", "Anne Hidalgo")]),
    ("Presidente: Roberto Gualtieri", [("president", "Roberto Gualtieri")]),
])
def test_a_labelled_row_states_its_fact(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


def test_definition_lists_and_table_rows_of_a_card_give_the_cards_network_its_facts():
    html = """<html lang="es"><body><main><h1>Redes</h1><p>Las redes de la ciudad.</p>
      <div class="card"><h3 class="card__title">Metropolis</h3>
        <dl><dt>Fundación</dt><dd>1985, en Montreal</dd><dt>Sede</dt><dd>Barcelona</dd></dl>
        <a class="card__link" href="https://www.metropolis.org/">Web de la red</a></div>
      <h3>Eurocities</h3><table><tr><th>Miembros</th><td>más de 200 ciudades</td></tr></table>
    </main></body></html>"""
    extraction = extract_page(html.encode(), "https://ajuntament.example/redes", datetime(2024, 6, 1, tzinfo=UTC))
    facts = {(fact["network_id"], fact["attribute"]): fact["value"] for fact in extraction.facts}
    assert facts == {("metropolis", "founded"): "1985", ("metropolis", "founded_place"): "Montreal",
                     ("metropolis", "headquarters"): "Barcelona", ("eurocities", "member_cities"): "200"}
    assert extraction.news == []  # a card linking to another organisation's site is no news item


def test_a_layout_grid_whose_class_says_menu_keeps_the_article_it_holds():
    prose = "Roma aderisce a Eurocities, che oggi riunisce oltre 200 città di 38 paesi. " * 12
    html = f"""<html lang="it"><body><main><div class="row row-column-menu-left"><aside>Indice</aside>
      <section><h2>Le reti</h2><p>{prose}</p></section></div></main></body></html>"""
    extraction = extract_page(html.encode(), "https://comune.example/reti", datetime(2024, 6, 1, tzinfo=UTC))
    assert {(fact["attribute"], fact["value"]) for fact in extraction.facts} == {
        ("member_cities", "200"), ("member_countries", "38")}


@pytest.mark.parametrize("sentence, expected", [
    ("La présidente de l'AIMF, Anne Hidalgo, a salué le réseau.", [("president", "Anne Hidalgo", "aimf")]),
    ("Anne Hidalgo, who also presides over the International Association of Francophone Mayors, joined him.",
     [("president", "Anne Hidalgo", "aimf")]),
    ("Anne Hidalgo presiede inoltre dal 2014 l'Associazione internazionale dei sindaci francofoni.",
     [("president", "Anne Hidalgo", "aimf")]),
    ("Sadiq Khan was Chair of C40 from 2021 to 2023.", []),
    ("Siège : 9, rue des Halles – 75001 Paris", [("headquarters", "Paris", None)]),
    ("Ville refuge depuis 2011, Paris appartient au réseau international des villes refuges.",
     [("joined", "2011", None)]),
    ("Année d’adhésion: 1986", [("joined", "1986", None)]),
])
def test_presidents_seats_and_memberships_in_other_wordings(sentence, expected):
    claims = find_claims(sentence, date(2024, 6, 1))
    assert [(claim.attribute, claim.value, claim.about.network_id if claim.about else None)
            for claim in claims if claim.attribute != "founded"] == expected


def test_a_date_opening_the_sentence_dates_the_joining_and_a_present_verb_keeps_the_counts_current():
    sentence = ("En 2008, la Ville a adhéré au réseau Maires pour la paix, présidé par le maire d'Hiroshima, "
                "qui compte "
                "plus de 8 000 membres dans 166 pays.")
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == [
        ("joined", "2008"), ("president", "le maire d'Hiroshima"), ("member_cities", "8000"),
        ("member_countries", "166")]


@pytest.mark.parametrize("sentence, expected", [
    ("Präsident des Netzwerks ist der Leipziger Oberbürgermeister Burkhard Jung.", [("president", "Burkhard Jung")]),
    ("CGLU tiene su Secretariado Mundial en Barcelona desde su fundación, en mayo de 2004.",
     [("headquarters", "Barcelona"), ("founded", "2004-05")]),
])
def test_offices_before_names_and_foundings_told_as_nouns(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Metropolis wurde 1985 gegründet, hat sein Generalsekretariat in Barcelona.",
     [("founded", "1985"), ("headquarters", "Barcelona")]),
    ("Das Bündnis wurde 1982 auf Initiative des Bürgermeisters von Hiroshima gegründet; Sitz des Sekretariats ist "
     "Hiroshima.", [("founded", "1982"), ("headquarters", "Hiroshima")]),
    ("Stuttgart trat dem Bündnis 1985 bei.", [("joined", "1985")]),
    ("2006 hat Stuttgart das Netzwerk Cities for Mobility ins Leben gerufen.", [("founded", "2006")]),
])
def test_german_word_order(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


def test_a_sidebar_presenting_another_network_gives_that_network_its_facts_but_a_box_of_old_news_does_not():
    html = """<html lang="fr"><body><main><h1>Lyon à l'international</h1>
      <p>Lyon a rejoint Eurocities en 1986, un réseau qui compte aujourd'hui plus de 200 villes.</p></main>
      <aside><h2>En bref</h2><p>Energy Cities, fondé en 1990 et basé à Besançon, rassemble plus de 1 000 villes de
      30 pays engagées dans la transition énergétique.</p></aside>
      <aside><h2>Archives</h2><p><time datetime="2012-04-05">05.04.2012</time> Energy Cities compte 180 membres
      dans 25 pays.</p></aside></body></html>"""
    extraction = extract_page(html.encode(), "https://ville.example/international", datetime(2024, 6, 1, tzinfo=UTC))
    facts = {(fact["network_id"], fact["attribute"]): fact["value"] for fact in extraction.facts}
    assert facts == {("eurocities", "joined"): "1986", ("eurocities", "member_cities"): "200",
                     ("energy-cities", "founded"): "1990", ("energy-cities", "headquarters"): "Besançon",
                     ("energy-cities", "member_cities"): "1000", ("energy-cities", "member_countries"): "30"}


def test_belonging_says_joined_only_when_a_network_is_named():
    assert find_claims("Stuttgart gehört dem Forum seit 2011 an.", date(2024, 6, 1)) == []
    assert [(claim.attribute, claim.value) for claim in find_claims(
        "Paris fait partie d'ICORN depuis 2011.", date(2024, 6, 1))] == [("joined", "2011")]


def test_a_page_wrapped_in_one_form_and_a_table_of_networks_with_a_header_row():
    html = """<html lang="en"><body><form id="aspnetForm" method="post"><div id="content">
      <h1>International networks</h1>
      <p>Glasgow works with cities around the world on climate, culture, inclusion and the economy, and takes part in
      the work of several networks of cities, whose members share research, learning and a common voice.</p>
      <p>Membership gives the council access to shared research and to peer learning with other cities, and lets
      Glasgow speak with other cities to national governments and to international institutions on the questions
      that matter to its residents: housing, transport, climate adaptation and the economy of the city region.</p>
      <table><tr><th>Network</th><th>Joined</th><th>Members</th></tr>
        <tr><td>Eurocities</td><td>1989</td><td>More than 200 cities in 38 countries</td></tr>
        <tr><td>ICLEI</td><td>2015</td><td>Over 2,500 members</td></tr></table>
      <div class="related-box"><h2>Related</h2><p>Mayors for Peace: the network, led by the Mayor of Hiroshima, now
      includes over 8,000 cities.</p><a href="/nuclear-free">Nuclear-free Glasgow</a></div>
    </div></form></body></html>"""
    extraction = extract_page(html.encode(), "https://council.example/networks", datetime(2024, 9, 16, tzinfo=UTC))
    facts = {(fact["network_id"], fact["attribute"]): fact["value"] for fact in extraction.facts}
    assert facts == {("eurocities", "joined"): "1989", ("eurocities", "member_cities"): "200",
                     ("eurocities", "member_countries"): "38", ("iclei", "joined"): "2015",
                     ("iclei", "member_cities"): "2500", ("mayors-for-peace", "member_cities"): "8000",
                     ("mayors-for-peace", "president"): "the Mayor of Hiroshima"}


@pytest.mark.parametrize("sentence, expected", [
    ("Son secrétariat général est aujourd'hui établi à Barcelone.", [("headquarters", "Barcelone")]),
    ("Glasgow's Lord Provost signed up in 1983.", [("joined", "1983")]),
    ("Cuando València se incorporó a la red en 1996, esta reunía a cerca de 60 ciudades.", [("joined", "1996")]),
    ("The network, led by the Mayor of Hiroshima, now includes over 8,000 cities.",
     [("president", "the Mayor of Hiroshima"), ("member_cities", "8000")]),
])
def test_more_ways_to_say_seat_joining_and_leadership(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


def test_dated_news_beside_the_text_are_news_items_and_undated_links_are_not():
    html = """<html lang="it"><body><main><h1>Relazioni internazionali</h1>
      <p>Roma aderisce a Eurocities, che oggi riunisce oltre 200 città di 38 paesi.</p></main>
      <aside><h2>Notizie</h2><ul>
        <li><a href="/notizie/ucue-roma">Roma ospita l'Assemblea dell'UCUE</a> <span class="data">02/10/2024</span></li>
        <li class="news-link"><a href="/sala-stampa">Sala stampa</a></li></ul></aside></body></html>"""
    extraction = extract_page(html.encode(), "https://www.comune.example/relazioni", datetime(2024, 10, 3, tzinfo=UTC))
    assert [(item["title"], item["published"]) for item in extraction.news] == [
        ("Roma ospita l'Assemblea dell'UCUE", "2024-10-02")]


def test_links_that_do_something_are_no_news_items():
    html = """<html lang="fr"><body><main><h1>Communiqué</h1><p>La Ville de Paris accueille le congrès.</p>
      <div class="news-download"><a href="/files/communique.pdf">Télécharger le communiqué (PDF, 142 Ko)</a></div>
      <div class="news-back"><a href="/communiques/">Retour à la liste des communiqués</a></div>
      <ul><li class="news-item"><a href="/actualites/retour-sur-l-ag-2011">Retour sur l'Assemblée générale 2011</a>
      <span>18/10/2011</span></li></ul></main></body></html>"""
    extraction = extract_page(html.encode(), "https://presse.example/communique", datetime(2025, 2, 27, tzinfo=UTC))
    assert [item["title"] for item in extraction.news if item["url"] != "https://presse.example/communique"] == [
        "Retour sur l'Assemblée générale 2011"]


@pytest.mark.parametrize("sentence, expected", [
    ("C'est à Lyon, en juin 1989, qu'est né le réseau.", [("founded", "1989-06"), ("founded_place", "Lyon")]),
    ("C'est à Bordeaux, le 3 mars 2001, qu'a été créée l'association.",
     [("founded", "2001-03-03"), ("founded_place", "Bordeaux")]),
    ("It was in 1993 that the network was founded.", [("founded", "1993")]),
    ("Fue en Sevilla, en 1997, donde se fundó la red.", [("founded", "1997"), ("founded_place", "Sevilla")]),
    ("È nel 1992 che è stata fondata la rete.", [("founded", "1992")]),
    ("Gegründet wurde das Netzwerk 1991 in Gent.", [("founded", "1991"), ("founded_place", "Gent")]),
    ("Der Verband entstand im März 1999 in Wien aus zwei Vereinen.",
     [("founded", "1999-03"), ("founded_place", "Wien")]),
    ("Oporto es miembro desde 1991, año en que fundó la red con otras ciudades.",
     [("joined", "1991"), ("founded", "1991")]),
    ("Il Patto è stato lanciato a Torino nel 2016.", [("founded", "2016"), ("founded_place", "Torino")]),
    ("El pacto, iniciativa europea lanzada en 2009, agrupa a 40 ciudades.",
     [("founded", "2009"), ("member_cities", "40")]),
])
def test_foundings_told_with_the_date_first_or_as_a_launch(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nantes est membre du réseau depuis sa création, en 1989.", [("joined", "1989"), ("founded", "1989")]),
    ("Nantes est l’une des villes fondatrices du réseau, créé en 1989, et en est membre depuis sa création.",
     [("joined", "1989"), ("founded", "1989")]),
    ("Porto has been a member since its founding in 1991.", [("joined", "1991"), ("founded", "1991")]),
    ("Nantes suit le réseau depuis sa création en 1989.", [("founded", "1989")]),
])
def test_a_member_since_the_founding_joined_when_it_was_founded(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


def test_one_sidebar_with_dated_news_in_one_block_and_a_network_presented_in_another():
    html = """<html lang="es"><body><main><h1>Relaciones internacionales</h1>
      <p>La ciudad coopera con otras ciudades europeas en muchos ámbitos.</p></main>
      <aside><div class="block"><h2>Más noticias</h2><div class="row"><span class="date">06/05/2024</span>
      <a href="/es/-/bus">Nuevas líneas de autobús</a></div></div>
      <div class="block"><h2>Archivo</h2><div class="item"><time datetime="2012-04-05">05.04.2012</time>
      <p>Energy Cities cuenta con 180 miembros en 25 países y celebra su asamblea.</p></div></div>
      <div class="block"><h2>Red de ciudades</h2><p>La ciudad es miembro del Pacto de los Alcaldes, iniciativa
      europea lanzada en 2008 que agrupa a más de 10 000 municipios.</p></div></aside></body></html>"""
    extraction = extract_page(html.encode(), "https://ciudad.example/es/internacional",
                              datetime(2024, 6, 1, tzinfo=UTC))
    facts = {(fact["network_id"], fact["attribute"]): fact["value"] for fact in extraction.facts}
    assert facts == {("covenant-of-mayors", "founded"): "2008", ("covenant-of-mayors", "member_cities"): "10000"}


@pytest.mark.parametrize("sentence, expected", [
    ("Créé à Nancy en 1995, le réseau y a toujours son siège.",
     [("founded", "1995"), ("founded_place", "Nancy"), ("headquarters", "Nancy")]),
    ("The alliance held its founding congress in Vienna in 2011, where its secretariat is still based.",
     [("founded", "2011"), ("founded_place", "Vienna"), ("headquarters", "Vienna")]),
    ("Die Allianz hielt 1999 ihre Gründungsversammlung in Köln ab, wo ihr Sekretariat noch immer arbeitet.",
     [("founded_place", "Köln"), ("headquarters", "Köln")]),
    ("Sitz des Sekretariats ist bis heute Genf.", [("headquarters", "Genf")]),
    ("La red celebró su asamblea constitutiva en Bilbao en 2001.", [("founded", "2001"), ("founded_place", "Bilbao")]),
])
def test_a_seat_where_the_sentence_placed_the_network_and_founding_meetings(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Québec s'y est jointe en 2012 et participe aux groupes de travail.", [("joined", "2012")]),
    ("Nantes a été l'une des premières villes à rejoindre le réseau, en 1990.", [("joined", "1990")]),
    ("Leeds was one of the first cities to join the network in 1989.", [("joined", "1989")]),
    ("The day-to-day work is led by our secretary general, Jane Doe.", []),
    ("Le réseau est dirigé par son directeur exécutif, Jean Dupont.", []),
])
def test_more_joinings_and_staff_who_do_not_preside(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Depuis sa création en 1991, le réseau défend les villes.", [("founded", "1991")]),
    ("Since its founding in 1991, the alliance has grown.", [("founded", "1991")]),
    ("La red se creó en 1992 en Bilbao.", [("founded", "1992"), ("founded_place", "Bilbao")]),
    ("L'alleanza nasce nel 1993 a Bologna.", [("founded", "1993"), ("founded_place", "Bologna")]),
    ("Jane Doe is the current President of Eurocities.", [("president", "Jane Doe")]),
    ("Oberbürgermeisterin Erika Muster ist Präsidentin von Eurocities.", [("president", "Erika Muster")]),
    ("La rete è presieduta dal sindaco di Bari, Mario Rossi.", [("president", "Mario Rossi")]),
    ("Vigo se sumó a la red en 1997.", [("joined", "1997")]),
    ("Leeds became a member of the network in 1995.", [("joined", "1995")]),
    ("Bari è diventata membro della rete nel 1995.", [("joined", "1995")]),
    ("Le secrétariat se trouve à Bruxelles.", [("headquarters", "Bruxelles")]),
])
def test_founding_nouns_presidents_joinings_and_seats_in_more_wordings(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La red fue fundada por seis ciudades en 1986 en Rotterdam.",
     [("founded", "1986"), ("founded_place", "Rotterdam")]),
    ("Founded by the mayors of six cities in 1986, the network grew fast.", [("founded", "1986")]),
    ("L'association a été fondée à Québec par vingt maires.", [("founded_place", "Québec")]),
    ("Leeds has been part of Eurocities since 1990.", [("joined", "1990")]),
    ("Bologna è socia di Eurocities dal 1991.", [("joined", "1991")]),
    ("Lyon participe depuis 2015 au programme URBACT.", []),  # taking part in a programme is no membership
    ("Nantes a signé la Convention des maires en 2009.", [("joined", "2009")]),
    ("In 2009, Leeds signed the Covenant of Mayors.", [("joined", "2009")]),
    ("Nantes a signé la déclaration d'Eurocities en 2024.", []),
    ("Jane Doe took over the presidency of Eurocities in 2024.", [("president", "Jane Doe")]),
    ("Erika Muster übernahm den Vorsitz von Eurocities.", [("president", "Erika Muster")]),
    ("Mario Rossi ha assunto la presidenza di Eurocities.", [("president", "Mario Rossi")]),
    ("Unter dem Vorsitz von Erika Muster tagt das Netzwerk.", [("president", "Erika Muster")]),
])
def test_founders_before_the_date_pacts_signed_and_presidencies_taken_over(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


def test_a_banner_holding_the_articles_title_keeps_its_lead_paragraph():
    html = """<html lang="fr"><body><header class="site-header"><a href="/">Accueil</a></header><main>
      <div class="page-banner"><h1>Actualités</h1><p>L'actualité des 310 villes membres de l'AIMF.</p></div>
      <p>Les maires francophones coopèrent.</p></main></body></html>"""
    extraction = extract_page(html.encode(), "https://reseau.example/actualites", datetime(2024, 6, 1, tzinfo=UTC))
    assert [(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts] == [
        ("aimf", "member_cities", "310")]


def test_a_seat_that_is_found_somewhere_in_spanish():
    assert [(claim.attribute, claim.value) for claim in find_claims(
        "Su Secretaría General también se encuentra en Bilbao.", date(2024, 6, 1))] == [("headquarters", "Bilbao")]


@pytest.mark.parametrize("sentence, expected", [
    ("Québec, ville UNESCO de design depuis 2008.", [("joined", "2008")]),
    ("Torino è Città creativa del design dal 2014.", [("joined", "2014")]),
    ("Dundee has been a UNESCO City of Design since 2014.", [("joined", "2014")]),
    ("Ville refuge depuis 2015 au sein du réseau ICORN, Nantes accueille une autrice.", [("joined", "2015")]),
    ("La ville de Lyon est jumelée avec Milan depuis 1966.", []),
])
def test_a_title_the_network_gives_its_members_dates_the_joining(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Presidente di turno dell'Unione è il sindaco di Bari, Mario Rossi.", [("president", "Mario Rossi")]),
    ("Le président en exercice de l'Union est le maire de Porto, Rui Silva.", [("president", "Rui Silva")]),
    ("The president of the association is Jane Doe.", [("president", "Jane Doe")]),
])
def test_the_president_of_the_union_or_association_in_office(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Depuis 2004, Barcelone accueille le secrétariat mondial de CGLU.", [("uclg", "Barcelone")]),
    ("Lyon héberge aussi le siège de Metropolis.", [("metropolis", "Lyon")]),
    ("Barcelona hosts the World Secretariat of UCLG and the city is proud of it.", [("uclg", "Barcelona")]),
    ("Brussels is home to the secretariat of Eurocities.", [("eurocities", "Brussels")]),
    ("Barcelona ist Sitz von Metropolis.", [("metropolis", "Barcelona")]),
    ("Hannover beherbergt das Sekretariat von Eurocities.", [("eurocities", "Hannover")]),
    ("Barcelona acoge la sede de Metropolis.", [("metropolis", "Barcelona")]),
    ("Valencia alberga la secretaría de Eurocities.", [("eurocities", "Valencia")]),
    ("Barcellona ospita la sede di Metropolis.", [("metropolis", "Barcellona")]),
    ("Torino ospita il segretariato di Eurocities.", [("eurocities", "Torino")]),
    # An event, a meeting or an office that is not the seat, or a seat of no network: no claim.
    ("Rabat accueille le congrès de CGLU en 2013.", []),
    ("Durban hosts a regional office of UCLG.", []),
    ("Lisbonne accueille le secrétariat régional de CGLU.", []),
    ("Madrid acoge la reunión de Metropolis.", []),
    ("Bologna ospita la riunione di Eurocities.", []),
    ("Straßburg ist Sitz des Europarats und des Europäischen Parlaments.", []),
    ("La ville accueille le secrétariat de Metropolis.", []),  # no city named: no seat
])
def test_a_city_that_hosts_the_seat(sentence, expected):
    assert [(claim.about.network_id, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))
            if claim.attribute == "headquarters"] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La Maire de Paris reçoit le maire d'Hiroshima, président des Maires pour la paix.",
     [("mayors-for-peace", "le maire d'Hiroshima")]),
    ("The Mayor of Leipzig, President of Eurocities, spoke first.", [("eurocities", "The Mayor of Leipzig")]),
    ("Der Bürgermeister von Hiroshima, Präsident von Mayors for Peace, besuchte Wien.",
     [("mayors-for-peace", "Der Bürgermeister von Hiroshima")]),
    ("El alcalde de Barcelona, presidente de Metropolis, inauguró la cumbre.",
     [("metropolis", "El alcalde de Barcelona")]),
    ("Il sindaco di Torino, presidente di Eurocities, ha aperto i lavori.", [("eurocities", "Il sindaco di Torino")]),
    ('"We need direct funding," said Eurocities President Dario Nardella of Florence.',
     [("eurocities", "Dario Nardella")]),
    ("Eurocities President and Mayor of Leipzig Burkhard Jung opened the forum.", [("eurocities", "Burkhard Jung")]),
    # Not a presidency: a mayor who hosts, a former president.
    ("Le maire de Lyon, hôte des Maires pour la paix, a ouvert la séance.", []),
    ("Eurocities President from 2020 to 2022 Dario Nardella spoke.", []),
])
def test_a_president_named_by_an_office_in_apposition_or_after_the_networks_name(sentence, expected):
    assert [(claim.about.network_id, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))
            if claim.attribute == "president"] == expected


def test_a_recent_teaser_saying_who_presides_the_network_now_gives_its_president():
    html = ('<html lang="en"><body><main><h1>Press releases</h1><ul><li><h3><a href="/a">Mayor welcomes the Mayor of '
            'Paris</a></h3><p>4 November 2024</p><p>Anne Hidalgo, who also presides over the International '
            "Association of Francophone Mayors, joined the Mayor to compare the two cities' plans.</p></li>"
            "</ul></main></body></html>")
    page = extract_page(html.encode(), "https://example.org/press", datetime(2025, 1, 10, tzinfo=UTC))
    assert [(fact["network_id"], fact["attribute"], fact["value"]) for fact in page.facts] == [
        ("aimf", "president", "Anne Hidalgo")]


@pytest.mark.parametrize("sentence, expected", [
    ("Die Geschäftsstelle ist im Stuttgarter Rathaus angesiedelt.", [("headquarters", "Stuttgart")]),
    ("Die Koordinierungsstelle sitzt im Stuttgarter Rathaus.", [("headquarters", "Stuttgart")]),
    ("Le secrétariat est installé à l'Hôtel de Ville de Lyon.", [("headquarters", "Lyon")]),
    ("Its secretariat is housed in Bristol City Hall.", [("headquarters", "Bristol")]),
    ("La secretaría está en el Ayuntamiento de Bilbao.", [("headquarters", "Bilbao")]),
    ("Il segretariato ha sede presso il Comune di Bologna.", [("headquarters", "Bologna")]),
    # An event held in a town hall says nothing of the seat.
    ("Le secrétariat a réuni les maires à l'Hôtel de Ville de Paris.", []),
    ("Die Konferenz fand im Stuttgarter Rathaus statt.", []),
])
def test_a_seat_in_a_citys_town_hall(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("ICLEI was set up in 1990 at the United Nations in New York.",
     [("founded", "1990"), ("founded_place", "New York")]),
    ("ICLEI a été créé en 1990 au siège des Nations unies à New York.",
     [("founded", "1990"), ("founded_place", "New York")]),
    ("ICLEI fue fundado en 1990 en la sede de Naciones Unidas en Nueva York.",
     [("founded", "1990"), ("founded_place", "Nueva York")]),
    ("ICLEI è stato fondato nel 1990 presso le Nazioni Unite a New York.",
     [("founded", "1990"), ("founded_place", "New York")]),
    ("Le réseau a été créé en 1990 au moment où les villes se mobilisaient.", [("founded", "1990")]),
])
def test_a_founding_place_after_the_institution_where_it_happened(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Das Bündnis wurde 1990 in Frankfurt am Main gegründet.",
     [("founded", "1990"), ("founded_place", "Frankfurt am Main")]),
    ("Sitz: Frankfurt an der Oder", [("headquarters", "Frankfurt an der Oder")]),
    ("The network was set up in 2001 in Newcastle upon Tyne.",
     [("founded", "2001"), ("founded_place", "Newcastle upon Tyne")]),
    ("Der Verband hat seinen Sitz in Brüssel am Rande des Europaviertels.", [("headquarters", "Brüssel")]),
    ("Gegründet wurde der Verband 1990 am Sitz der Vereinten Nationen in New York.",
     [("founded", "1990"), ("founded_place", "New York")]),
    ("Das Weltsekretariat befindet sich in Bonn.", [("headquarters", "Bonn")]),
    ("Der Verband hat seine Geschäftsstelle in Brüssel.", [("headquarters", "Brüssel")]),
    ("Das Netzwerk wurde 1990 in Heidelberg gegründet, wo bis heute die Geschäftsstelle ihren Sitz hat.",
     [("founded", "1990"), ("founded_place", "Heidelberg"), ("headquarters", "Heidelberg")]),
])
def test_german_places_with_their_river_and_seats_named_as_offices(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Deshalb ist Graz 2000 der Organisation der Welterbestädte beigetreten.", [("joined", "2000")]),
    ("Mit der Unterzeichnung im Jahr 2009 hat sich die Stadt dem Konvent angeschlossen.", [("joined", "2009")]),
    ("Die Stadt hat sich 2015 dem Forum Kultur angeschlossen.", []),
    ("Das Bündnis, dem München seit 2010 angehört, schreibt den Wettbewerb aus.", [("joined", "2010")]),
    ("Den Vorsitz hat derzeit Erika Muster, Oberbürgermeisterin von Neustadt, inne.", [("president", "Erika Muster")]),
    ("Den Vorsitz hat traditionell der Bürgermeister dieser Stadt, derzeit Kazumi Matsui.",
     [("president", "Kazumi Matsui")]),
    ("Den Vorsitz hat die Stadt Wien inne.", []),
    ("La presidencia la ocupa actualmente Ana Ruiz Gil.", [("president", "Ana Ruiz Gil")]),
])
def test_german_joinings_with_the_participle_last_and_chairs_held_now(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


def test_dated_news_in_a_side_column_named_lateral_are_news_items():
    prose = "La ciudad participa en Eurocities, que reúne a más de 200 ciudades de 38 países. " * 8
    html = f"""<html lang="es"><body><div class="cuerpo"><div class="columna-principal"><div class="contenido">
      <h1>Redes de ciudades</h1><p>{prose}</p></div></div>
      <div class="bio-columna-lateral"><div class="caja"><h2>Contacto</h2><p>Plaza Mayor, 1</p></div>
        <div class="caja"><h2>Noticias</h2><ul>
          <li><time datetime="2025-03-10">10/03/2025</time> <a href="/noticia?id=1">La ciudad acoge el consejo</a></li>
          <li><time datetime="2025-02-20">20/02/2025</time> <a href="/noticia?id=2">Exposición de diseño</a></li>
        </ul></div></div></div></body></html>"""
    extraction = extract_page(html.encode(), "https://ciudad.example/redes", datetime(2025, 3, 14, tzinfo=UTC))
    assert [(item["title"], item["published"]) for item in extraction.news] == [
        ("La ciudad acoge el consejo", "2025-03-10"), ("Exposición de diseño", "2025-02-20")]


def test_a_network_constituted_in_spanish_was_founded_there_and_then():
    claims = find_claims("El Parlamento Global de Alcaldes se constituyó en 2016 en La Haya, donde mantiene su sede.",
                         date(2024, 6, 1))
    assert [(claim.attribute, claim.value) for claim in claims] == [
        ("founded", "2016"), ("founded_place", "La Haya"), ("headquarters", "La Haya")]


@pytest.mark.parametrize("sentence, expected", [
    ("Den Vorsitz führt seit 2021 die Bürgermeisterin von Barcelona.",
     [("president", "die Bürgermeisterin von Barcelona")]),
    ("Präsidentin ist derzeit Erika Muster.", [("president", "Erika Muster")]),
    ("Die Geschäftsstelle von Eurocities befindet sich in Brüssel.", [("headquarters", "Brüssel")]),
    ("Seit 1994 ist die Stadt Teil des Netzwerks Eurocities.", [("joined", "1994")]),
    ("Su secretaría general se ubica en Madrid.", [("headquarters", "Madrid")]),
    ("La red se puso en marcha en 2008 en Bruselas.", [("founded", "2008"), ("founded_place", "Bruselas")]),
])
def test_more_german_and_spanish_wordings_of_chairs_seats_joinings_and_launches(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence", [
    "Créé en 1991, le forum Culture rassemble aujourd’hui une centaine de villes.",
    "Fondé en 2002, le groupe de travail Climat de CGLU compte 40 villes.",
    "Le comité exécutif d'Eurocities, créé en 1990, compte 12 membres.",
    "Set up in 2005, the Culture Forum of Eurocities now brings together 120 cities.",
    "Gegründet 2005, das Kulturforum von Eurocities zählt heute 120 Städte.",
    "Creado en 2005, el grupo de trabajo de cultura de Eurocities reúne a 120 ciudades.",
    "Fondato nel 2005, il forum Cultura di Eurocities riunisce 120 città.",
])
def test_a_sentence_about_a_part_of_a_network_states_no_fact_of_the_network(sentence):
    assert find_claims(sentence, date(2025, 3, 1)) == []


def test_a_network_whose_name_is_a_forum_keeps_its_facts():
    claims = find_claims("Créé en 2012, le World Cities Culture Forum rassemble des villes.", date(2025, 3, 1))
    assert [(claim.attribute, claim.value) for claim in claims] == [("founded", "2012")]


@pytest.mark.parametrize("sentence, expected", [
    ("Adhésion de Bordeaux : 1992", [("joined", "1992")]),
    ("Adhésion de la Ville : 2008", [("joined", "2008")]),
    ("Pays représentés : 38", [("member_countries", "38")]),
    ("Secrétariat permanent : Paris", [("headquarters", "Paris")]),
    ("Siège mondial : Barcelone", [("headquarters", "Barcelone")]),
    ("Villes membres : plus de 8'400, dans 166 pays et régions",
     [("member_cities", "8400"), ("member_countries", "166")]),
    ("Membres : 1’250 villes", [("member_cities", "1250")]),
])
def test_more_labelled_rows_state_their_fact(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2025, 1, 10))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Présidé aujourd’hui par le maire d’Hiroshima, Kazumi Matsui, il réunit des villes.",
     [("president", "Kazumi Matsui")]),
    ("Il est présidé depuis juin 2024 par Burkhard Jung, maire de Leipzig.", [("president", "Burkhard Jung")]),
    ("Le réseau est actuellement présidé par Anne Hidalgo.", [("president", "Anne Hidalgo")]),
    ("The network is currently chaired by Burkhard Jung.", [("president", "Burkhard Jung")]),
    ("L’organisation est actuellement sous la présidence de Jan van Zanen, maire de La Haye.",
     [("president", "Jan van Zanen")]),
    ("Son siège mondial est à Barcelone.", [("headquarters", "Barcelone")]),
    ("Le secrétariat est assuré depuis Stavanger, en Norvège.", [("headquarters", "Stavanger")]),
    ("Signataire de la Convention des maires depuis 2008, Nantes Métropole s’engage.", [("joined", "2008")]),
    ("Edinburgh has been a signatory of the Covenant of Mayors since 2009.", [("joined", "2009")]),
])
def test_more_prose_wordings_of_offices_seats_and_joinings(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2025, 1, 10))] == expected


@pytest.mark.parametrize("sentence", [
    "Le sommet s’est tenu sous la présidence du maire de Lisbonne, Carlos Moedas.",
    "La réunion du Bureau s'est ouverte sous la présidence de Johanna Rolland.",
])
def test_an_event_held_under_someones_presidency_names_no_president(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 1, 10)) if claim.attribute == "president"] == []


@pytest.mark.parametrize("sentence, place", [
    ("Depuis son siège bruxellois, le réseau défend les villes.", "Bruxelles"),
    ("Le secrétariat barcelonais de l'organisation compte trente personnes.", "Barcelone"),
    ("Son siège genevois accueille les délégations.", "Genève"),
    ("Dalla sua sede bruxellese, la rete rappresenta le città.", "Bruxelles"),
    ("Desde su sede barcelonesa, la red coordina a sus miembros.", "Barcelona"),
])
def test_a_seat_given_by_its_citys_adjective(sentence, place):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2025, 1, 10))] == [
        ("headquarters", place)]


@pytest.mark.parametrize("sentence, expected", [
    ("L'AIMF a vu le jour en 1979 à Québec.", [("founded", "1979"), ("founded_place", "Québec")]),
    ("Le siège de l'association se situe à Besançon.", [("headquarters", "Besançon")]),
    ("Le secrétariat général de l'OVPM se trouve à Québec.", [("headquarters", "Québec")]),
    ("L'association est domiciliée à Bruxelles.", [("headquarters", "Bruxelles")]),
    ("Le président de Maires pour la Paix est le maire d'Hiroshima, Kazumi Matsui.",
     [("president", "Kazumi Matsui")]),
    ("La présidente de l'AIMF est Anne Hidalgo, maire de Paris.", [("president", "Anne Hidalgo")]),
])
def test_more_french_wordings_of_founding_seat_and_president(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2025, 1, 10))] == expected


@pytest.mark.parametrize("sentence", [
    "Le siège de la Ville se situe à l'Hôtel de Ville, place Pey-Berland.",
    "Le président de l'AIMF était alors Jacques Chirac.",
])
def test_seats_and_presidents_that_are_not_the_networks(sentence):
    assert [claim for claim in find_claims(sentence, date(2025, 1, 10))
            if claim.attribute in ("headquarters", "president")] == []


@pytest.mark.parametrize("sentence", [
    "C'est en 2008 que Bordeaux a rejoint l'OVPM.",
    "C’est en 2008 que la Ville a adhéré au réseau.",
    "It was in 2008 that the city joined the network.",
])
def test_a_joining_year_put_first_in_a_cleft(sentence):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2025, 1, 10))] == [
        ("joined", "2008")]


def test_a_page_whose_layout_classes_name_its_sidebar_is_not_itself_a_sidebar():
    # Drupal writes the page's layout on its <body> ("one-sidebar sidebar-second"); the real box stays a sidebar.
    html = """<html lang="it"><body class="html one-sidebar sidebar-second"><div id="page"><main>
      <h1>Notizie</h1>
      <div class="views-row views-row-1 views-row-odd">
        <div class="data"><span>02</span><span>feb</span><span>2022</span></div>
        <h3><a href="/notizie/patto">Patto dei Sindaci, nuovo piano per il clima</a></h3>
        <p>Il Consiglio ha aggiornato gli impegni presi con Eurocities e con il Patto.</p></div>
      <div class="views-row views-row-2 views-row-even">
        <div class="data"><span>12</span><span>gen</span><span>2022</span></div>
        <h3><a href="/notizie/eurocities">Eurocities, forum a Lucca</a></h3>
        <p>La rete conta oltre 200 città.</p></div></main>
      <div id="sidebar-second" class="column sidebar"><div class="block"><h2>Lo sapevi?</h2><p>La città aderisce anche
        all'OWHC, l'organizzazione che riunisce oltre 300 città del patrimonio mondiale.</p></div></div>
    </div></body></html>"""
    extraction = extract_page(html.encode(), "https://comune.example/notizie", datetime(2024, 6, 1, tzinfo=UTC))
    facts = {(fact["network_id"], fact["attribute"], fact["value"]) for fact in extraction.facts}
    assert facts == {("owhc", "member_cities", "300")}  # the teasers are old: their counts have aged


@pytest.mark.parametrize("sentence, expected", [
    ("Il Consiglio comunale ha approvato l'adesione di Lucca nel 2005.", [("joined", "2005")]),
    ("Il piano aggiorna gli impegni presi con l'adesione del 2009.", [("joined", "2009")]),
    ("Nel 2020 Lucca ha aderito alla campagna di Mayors for Peace contro le armi nucleari.", []),
    ("La Ville a adhéré en 2019 à la campagne des Maires pour la paix.", []),
    ("In 2018 the city joined the Energy Cities challenge on heating.", []),
    ("Lucca ha aderito alla rete nel 2012.", [("joined", "2012")]),
])
def test_joining_named_by_its_noun_and_joining_a_campaign_that_is_not_the_network(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Il gruppo di lavoro sul turismo, coordinato da Lucca, è nato nel 2021 e riunisce 34 città.", []),
    ("The Culture Forum was set up in 2005 and brings together 90 cities.", []),
    ("Le groupe de travail sur l'eau, créé en 2019, rassemble 25 villes.", []),
    ("La rete, nata nel 1986, riunisce oltre 200 città.", [("founded", "1986"), ("member_cities", "200")]),
])
def test_a_sentence_about_a_part_of_a_network_states_none_of_the_networks_facts(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("La rete è stata costituita nel 1986 a Rotterdam.", [("founded", "1986"), ("founded_place", "Rotterdam")]),
    ("La rete è composta da 130 città.", [("member_cities", "130")]),
    ("La red está integrada por 40 ciudades.", [("member_cities", "40")]),
    ("La rete è guidata dal sindaco di Hiroshima, Kazumi Matsui.", [("president", "Kazumi Matsui")]),
    ("La sede centrale si trova a Bruxelles.", [("headquarters", "Bruxelles")]),
    ("La rete è stata fondata da 6 città.", []),
])
def test_italian_and_spanish_wordings_of_founding_members_leaders_and_seats(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Il sindaco di Lipsia, Burkhard Jung, è stato eletto presidente di Eurocities.",
     [("president", "Burkhard Jung")]),
    ("Anna Rossi è stata rieletta presidente di Eurocities.", [("president", "Anna Rossi")]),
    ("Dal 2020 al 2022 Dario Rossi è stato presidente di Eurocities.", []),
])
def test_an_italian_president_elected_in_the_passato_prossimo(sentence, expected):
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 6, 1))] == expected


def test_a_part_of_a_network_as_subject_keeps_the_facts_of_the_network_named_again_as_such():
    sentence = ("The forum is one of the thematic groups of Eurocities, the network of Europe's major cities, "
                "founded in 1986, which now has more than 200 members in 38 countries.")
    assert [(claim.attribute, claim.value) for claim in find_claims(sentence, date(2024, 9, 1))] == [
        ("founded", "1986"), ("member_cities", "200"), ("member_countries", "38")]
