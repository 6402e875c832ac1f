"""When the city whose site it is joined a network, as readers of city sites write it: taking part since a date that
opens the sentence, or German's separable "arbeitet ... mit", with the network named or referred to by its noun under
its heading; and what is no joining (a part or a project of the network, a membership denied)."""

import pytest
from helpers.extracted import values_of

_HEADINGS = {"fr": "Nos réseaux", "en": "Our networks", "de": "Unsere Netzwerke", "es": "Nuestras redes",
             "it": "Le nostre reti"}


def _joined(body: str, lang: str = "fr") -> set[tuple[str, str]]:
    return values_of("joined", body, lang, title="International", heading=_HEADINGS[lang])


@pytest.mark.parametrize("lang, body, expected", [
    # prose under the network's heading, the network referred to by its noun
    ("it", "<h2>Energy Cities</h2><p>Dal 2010 Modena partecipa all'associazione europea, con sede a Besançon.</p>",
     {("energy-cities", "2010")}),
    ("es", "<h2>CIDEU</h2><p>Desde 2010 la ciudad participa en esta red de planificación estratégica urbana.</p>",
     {("cideu", "2010")}),
    ("es", "<h2>Metropolis</h2><p>Desde 2015 Medellín integra esta red, que reúne a más de 140 metrópolis.</p>",
     {("metropolis", "2015")}),
    ("fr", "<h2>Eurocities</h2><p>Depuis 2012, Nantes participe au réseau et à ses travaux sur la mobilité.</p>",
     {("eurocities", "2012")}),
    ("en", "<h2>ICLEI</h2><p>Since 2011 the council has taken part in the network's work on adaptation.</p>",
     {("iclei", "2011")}),
    # the network named after the verb, in a card
    ("fr", "<div class='card'><h3>Nos engagements</h3><p>Depuis 2014, Lyon participe à Energy Cities.</p></div>",
     {("energy-cities", "2014")}),
    # German's separable verb, the date inside the clause or opening it
    ("de", "<h2>Energy Cities</h2><p>Freiburg arbeitet seit 2010 im europäischen Netzwerk Energy Cities mit, dessen "
           "Sitz sich in Besançon befindet.</p>", {("energy-cities", "2010")}),
    ("de", "<h2>Eurocities</h2><p>Im Netzwerk der großen europäischen Städte arbeitet Karlsruhe seit 2008 mit.</p>",
     {("eurocities", "2008")}),
    ("de", "<dl><dt>Klima-Bündnis</dt><dd>Seit 1993 wirkt die Landeshauptstadt im Klima-Bündnis mit.</dd></dl>",
     {("climate-alliance", "1993")}),
])
def test_taking_part_since_a_date_that_opens_the_sentence_is_a_joining(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("lang, body", [
    # a part, a project or a programme of the network is not the network
    ("fr", "<h2>Eurocities</h2><p>Depuis 2012, Lyon participe au forum Culture d'Eurocities.</p>"),
    ("en", "<h2>Eurocities</h2><p>Since 2010 the city has taken part in the Eurocities culture forum.</p>"),
    ("it", "<h2>Energy Cities</h2><p>Dal 2010 Modena partecipa al progetto europeo sulle reti di calore.</p>"),
    ("de", "<h2>Eurocities</h2><p>Die Stadt arbeitet seit 2015 in der Arbeitsgruppe Mobilität von Eurocities mit.</p>"),
    ("de", "<h2>Eurocities</h2><p>Die Stadt arbeitet seit 2015 im Projekt CityLab mit.</p>"),
    # another network than the noun's: "la red de bibliotecas"
    ("es", "<h2>CIDEU</h2><p>Desde 2010 la ciudad participa en la red de bibliotecas de la provincia.</p>"),
    # the date is another clause's
    ("fr", "<h2>Eurocities</h2><p>Depuis 2010, la Ville accueille le festival; elle participe au réseau.</p>"),
    # the noun followed by another body's name
    ("fr", "<h2>Eurocities</h2><p>Depuis 2012, Lyon participe à l'association Lyon Tourisme.</p>"),
    ("it", "<h2>Energy Cities</h2><p>Dal 2010 Modena partecipa alla rete Emilia Smart.</p>"),
    # taking part without being a member
    ("fr", "<h2>Eurocities</h2><p>Depuis 2012, Lyon n'est pas membre du réseau, mais participe à ses forums.</p>"),
])
def test_taking_part_in_something_else_or_without_membership_is_no_joining(lang, body):
    assert _joined(body, lang) == set()


@pytest.mark.parametrize("lang, body, expected", [
    # one of the original members: joined when the network was set up
    ("en", "<h2>Key Cities</h2><p>It was set up in 2013, and Coventry was one of its original members.</p>",
     {("key-cities", "2013")}),
    ("fr", "<h2>Energy Cities</h2><p>Le réseau, créé en 1990, compte Besançon parmi ses membres d'origine.</p>",
     {("energy-cities", "1990")}),
    # a member at the founding itself
    ("en", "<h2>Resilient Cities Network</h2><p>Its cities set up the Resilient Cities Network in 2020, and Belfast "
           "became a member at its launch.</p>", {("resilient-cities-network", "2020")}),
    ("fr", "<h2>Eurocities</h2><p>Le réseau a été créé en 1986; Lyon en est devenue membre lors de sa création.</p>",
     {("eurocities", "1986")}),
    ("es", "<h3>CIDEU</h3><p>La red se creó en 1993 y Barcelona fue miembro en su fundación.</p>", {("cideu", "1993")}),
    ("it", "<h3>Energy Cities</h3><p>La rete è nata nel 1990 e Modena ne è socio al momento della sua fondazione.</p>",
     {("energy-cities", "1990")}),
    ("de", "<dl><dt>Klima-Bündnis</dt><dd>Das Bündnis wurde 1990 gegründet; die Stadt ist Mitglied bei seiner "
           "Gründung gewesen.</dd></dl>", {("climate-alliance", "1990")}),
    # a founding member joined at the founding's date, not at a later date of the sentence
    ("fr", "<h2>Eurocities</h2><p>Lyon est l'une des villes fondatrices d'Eurocities, créé en 1986 pour porter la "
           "voix des villes, reconnue en 1990 par la Commission.</p>", {("eurocities", "1986")}),
    ("es", "<h2>CGLU</h2><p>Barcelona es socia fundadora de la red, creada en 2004, que celebró su congreso en 2010."
           "</p>", {("uclg", "2004")}),
])
def test_a_founding_or_original_member_joined_when_the_network_was_founded(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("lang, body", [
    # the founding's moment for something else than membership
    ("en", "<h2>Key Cities</h2><p>The network was launched in 2013 and Coventry hosted a conference at its launch."
           "</p>"),
    ("fr", "<h2>Eurocities</h2><p>Le réseau a été créé en 1986; Lyon a accueilli un colloque lors de sa création.</p>"),
    # joined later than the founding
    ("en", "<h2>Eurocities</h2><p>Eurocities was founded in 1986, four years before Leeds joined at its congress.</p>"),
])
def test_the_founding_alone_is_no_joining(lang, body):
    assert _joined(body, lang) == set()


@pytest.mark.parametrize("lang, body, expected", [
    # the title of a creative city, as precise as written
    ("en", "<h2>Adelaide, UNESCO City of Music</h2><p>Adelaide became Australia's first UNESCO City of Music in "
           "December 2015.</p>", {("unesco-creative-cities-network", "2015-12")}),
    ("en", "<h2>UNESCO Creative Cities Network</h2><p>In 2014 York became the UK's first and only City of Media Arts."
           "</p>", {("unesco-creative-cities-network", "2014")}),
    ("es", "<h1>Burgos, Ciudad Creativa de la Gastronomía</h1><p>En diciembre de 2015 la UNESCO reconoció a Burgos "
           "como Ciudad Creativa de la Gastronomía.</p>", {("unesco-creative-cities-network", "2015-12")}),
    ("es", "<div class='card'><h3>Red de Ciudades Creativas de la UNESCO</h3><p>Ciudad de la Música desde 2012</p>"
           "</div>", {("unesco-creative-cities-network", "2012")}),
    ("fr", "<h2>Réseau des villes créatives de l'UNESCO</h2><p>Lyon a été désignée ville créative en 2008.</p>",
     {("unesco-creative-cities-network", "2008")}),
    ("it", "<h2>Rete delle città creative UNESCO</h2><p>Nel 2006 Bologna è stata designata Città creativa UNESCO per "
           "la musica.</p>", {("unesco-creative-cities-network", "2006")}),
    # German: admitted into the network, however long its name; a timeline's present after the entry's date
    ("de", "<ul><li>2019: Karlsruhe wird als erste deutsche Stadt in der Sparte Medienkunst in das UNESCO Creative "
           "Cities Network aufgenommen.</li></ul>", {("unesco-creative-cities-network", "2019")}),
    ("de", "<p>2008 wurde die Stadt nach langer Vorbereitung in das Netzwerk Eurocities aufgenommen.</p>",
     {("eurocities", "2008")}),
])
def test_a_creative_citys_title_or_an_admission_dates_the_joining(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("lang, body", [
    # another title than the network's
    ("en", "<h2>UNESCO Creative Cities Network</h2><p>In 2013 Hull became the UK's first City of Culture.</p>"),
    # a candidacy is no membership
    ("es", "<h2>Red de Ciudades Creativas de la UNESCO</h2><p>Burgos presentó en 2014 su candidatura como Ciudad "
           "Creativa de la Gastronomía.</p>"),
    # admitted into a part of the network, or yet to be admitted
    ("de", "<h2>Eurocities</h2><p>2015 wurde die Stadt nach langer Vorbereitung in das Kulturforum von Eurocities "
           "aufgenommen.</p>"),
    ("de", "<h2>Eurocities</h2><p>Die Stadt wird nach dem Beschluss des Rates 2026 in das Netzwerk aufgenommen.</p>"),
])
def test_another_title_a_candidacy_or_a_part_is_no_joining(lang, body):
    assert _joined(body, lang) == set()


@pytest.mark.parametrize("lang, body, expected", [
    # Colombia's "hacer parte"; a day after Spanish's article
    ("es", "<h2>Metropolis</h2><p>Bogotá hace parte de ella desde 1998 y ocupa una de sus vicepresidencias.</p>",
     {("metropolis", "1998")}),
    ("es", "<div class='card'><h3>UCCI</h3><p>Cádiz es miembro asociado desde el 26 de septiembre de 2014.</p></div>",
     {("ucci", "2014-09-26")}),
    # Italian's plural "soci"
    ("it", "<h2>Energy Cities</h2><p>La rete è nata nel 1990. Ferrara è tra i Comuni soci dal 2001.</p>",
     {("energy-cities", "2001")}),
    # a second, third... city to join, as a first one
    ("en", "<h2>Age-friendly cities</h2><p>In 2018, Wellington became the second New Zealand city to join the WHO "
           "Global Network for Age-friendly Cities and Communities.</p>", {("age-friendly-cities", "2018")}),
    ("fr", "<h2>Cités interculturelles</h2><p>En 2019, Gatineau est devenue l'une des premières villes québécoises à "
           "se joindre au programme Cités interculturelles.</p>", {("intercultural-cities", "2019")}),
    ("de", "<h2>Eurocities</h2><p>Im Jahr 2004 war Leipzig die dritte ostdeutsche Stadt, Eurocities beizutreten.</p>",
     {("eurocities", "2004")}),
    # the participle agreeing with a feminine object
    ("fr", "<h2>Energy Cities</h2><p>Fondée en 1990, l'association a son siège à Besançon. Reims l'a rejointe en "
           "2015.</p>", {("energy-cities", "2015")}),
    # the council's resolution that made the city a member
    ("fr", "<h2>Maires pour la paix</h2><p>Par une résolution du conseil municipal adoptée en 2016, Gatineau a rejoint "
           "Maires pour la paix.</p>", {("mayors-for-peace", "2016")}),
    ("es", "<h2>Mercociudades</h2><p>Por resolución del Concejo adoptada en 2007, la ciudad se adhirió a "
           "Mercociudades.</p>", {("mercociudades", "2007")}),
])
def test_more_wordings_of_the_citys_joining(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("lang, body", [
    # a candidacy between the ordinal and the joining
    ("en", "<h2>Eurocities</h2><p>In 2015 Leeds became the second city to apply to join Eurocities.</p>"),
    ("fr", "<h2>Cités interculturelles</h2><p>En 2019, Gatineau est devenue l'une des premières villes à candidater "
           "pour se joindre au réseau.</p>"),
    # a programme that is not the network's own
    ("fr", "<h2>Cités interculturelles</h2><p>En 2019, Gatineau est devenue l'une des premières villes à se joindre "
           "au programme de jumelage.</p>"),
    # a membership that ended
    ("it", "<h2>Energy Cities</h2><p>Ferrara è stata tra i Comuni soci dal 2001 al 2015.</p>"),
])
def test_a_candidacy_another_programme_or_an_ended_membership_is_no_joining(lang, body):
    assert _joined(body, lang) == set()


@pytest.mark.parametrize("lang, body, expected", [
    # a card's rows, the city's joining in the present
    ("it", "<div class='card'><h2>Energy Cities</h2><ul><li><strong>Fondazione:</strong> 1990</li>"
           "<li><strong>Lucca aderisce dal:</strong> 2007</li></ul></div>", {("energy-cities", "2007")}),
    ("fr", "<div class='card'><h3>Eurocities</h3><ul><li>Siège : Bruxelles</li><li>Grenoble adhère depuis : 1994</li>"
           "</ul></div>", {("eurocities", "1994")}),
    ("es", "<div class='card'><h3>Mercociudades</h3><ul><li>Sede: Montevideo</li><li>Rosario participa desde: 1995"
           "</li></ul></div>", {("mercociudades", "1995")}),
])
def test_a_cards_row_names_the_citys_joining_by_its_present(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("lang, body", [
    ("it", "<div class='card'><h2>Energy Cities</h2><ul><li><strong>Lucca aderisce dal:</strong> 2007 al 2015</li>"
           "</ul></div>"),
    ("en", "<div class='card'><h3>Eurocities</h3><ul><li>Member since: 1991 to 2015</li></ul></div>"),
    ("fr", "<div class='card'><h3>Eurocities</h3><ul><li>Membre depuis : 1991 jusqu'en 2015</li></ul></div>"),
])
def test_a_rows_membership_that_ended_is_no_joining(lang, body):
    assert _joined(body, lang) == set()


@pytest.mark.parametrize("lang, body", [
    # the relative pronoun's antecedent is a text or scheme of the network, not the network
    ("it", "<h2>AIVP</h2><p>La rete promuove l'Agenda AIVP 2030, a cui il Comune ha aderito nel 2021.</p>"),
    ("fr", "<h2>Energy Cities</h2><p>Le réseau porte la charte des villes en transition, à laquelle la Ville a adhéré "
           "en 2015.</p>"),
    ("en", "<h2>Eurocities</h2><p>Eurocities runs the Green Deal campaign, which the city joined in 2019.</p>"),
    ("es", "<h2>CIDEU</h2><p>La red impulsa el programa de liderazgo urbano, al que el Ayuntamiento se adhirió en "
           "2018.</p>"),
])
def test_joining_a_scheme_named_before_the_relative_pronoun_is_no_joining(lang, body):
    assert _joined(body, lang) == set()


@pytest.mark.parametrize("lang, body, expected", [
    ("en", "<h2>Our networks</h2><p>Eurocities, which the city joined in 1991, links 200 cities.</p>",
     {("eurocities", "1991")}),
    ("it", "<h2>Le reti</h2><p>Eurocities, a cui il Comune ha aderito nel 1991, riunisce 200 città.</p>",
     {("eurocities", "1991")}),
])
def test_the_network_named_before_the_relative_pronoun_is_joined(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("lang, body, expected", [
    # the year named as a year after "since"
    ("de", "<h2>RGRE</h2><p>Die Stadt Karlsruhe ist seit dem Jahr 2000 ordentliches Mitglied der Deutschen Sektion."
           "</p>", {("cemr", "2000")}),
    ("de", "<dl><dt>Klima-Bündnis</dt><dd>Mitglied seit dem Jahr 1993</dd></dl>", {("climate-alliance", "1993")}),
    ("fr", "<h2>Eurocities</h2><p>Lyon est membre du réseau depuis l'année 1991.</p>", {("eurocities", "1991")}),
    ("fr", "<div class='card'><h3>AIMF</h3><p>La Ville en est membre depuis l'an 2000.</p></div>", {("aimf", "2000")}),
    ("en", "<h2>ICLEI</h2><p>Since the year 2000 the council has been a member.</p>", {("iclei", "2000")}),
])
def test_since_the_year_dates_the_membership(lang, body, expected):
    assert _joined(body, lang) == expected


@pytest.mark.parametrize("lang, body", [
    ("de", "<h2>Eurocities</h2><p>Die Stadt war seit dem Jahr 2000 bis 2015 Mitglied.</p>"),
    ("es", "<h2>Mercociudades</h2><p>Desde 2000 hasta 2015 la ciudad fue miembro de la red.</p>"),
])
def test_since_a_year_until_another_is_a_membership_that_ended(lang, body):
    assert _joined(body, lang) == set()


def _joined_on(host: str, body: str, lang: str) -> set[tuple[str, str]]:
    return values_of("joined", body, lang, url=f"https://{host}/international/networks", title="International")


@pytest.mark.parametrize("lang, host, body, expected", [
    # another city's or a twin city's joining told with the new wordings, beside the host's own
    ("it", "www.comune.modena.it", "<h2>Energy Cities</h2><p>Modena è socia dal 2010. Dal 2012 anche Reggio Emilia "
     "partecipa all'associazione.</p>", {("energy-cities", "2010")}),
    ("de", "www.karlsruhe.de", "<h2>Eurocities</h2><p>Karlsruhe ist seit 2008 Mitglied. Unsere Partnerstadt Nancy "
     "arbeitet seit 1995 im Netzwerk mit.</p>", {("eurocities", "2008")}),
    ("en", "www.wellington.govt.nz", "<h2>WHO Global Network for Age-friendly Cities and Communities</h2><p>Wellington "
     "joined in 2018. In 2019, Auckland became the second New Zealand city to join the network.</p>",
     {("age-friendly-cities", "2018")}),
    ("es", "www.bogota.gov.co", "<h2>Metropolis</h2><p>Bogotá es miembro desde 1998. En la región, Medellín hace parte "
     "de ella desde 2012.</p>", {("metropolis", "1998")}),
    ("fr", "www.besancon.fr", "<h2>Energy Cities</h2><p>Besançon est membre depuis 1990. Fribourg, notre ville "
     "jumelle, l'a rejointe en 1995.</p>", {("energy-cities", "1990")}),
])
def test_another_citys_joining_in_the_new_wordings_is_not_the_hosts(lang, host, body, expected):
    assert _joined_on(host, body, lang) == expected
