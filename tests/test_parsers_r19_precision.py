"""Round 19: facts read on a page that are no fact of the network named beside them.

Another city's joining in German word order ("Hannover ist bereits seit 2012 Mitglied, Oldenburg seit 2019" on
Göttingen's page) or set off by an apposition ("Brazzaville, voisine de l'autre rive du fleuve, a rejoint Metropolis
en 2019" on Kinshasa's page) is that city's, not the publishing city's."""

import pytest
from helpers.extracted import facts_of_snippet


def _joinings(body: str, lang: str, url: str) -> set[tuple[str, str]]:
    return {(network, value) for network, attribute, value, _ in facts_of_snippet(body, lang, url=url)
            if attribute == "joined"}


GOETTINGEN = "https://www.goettingen.de/international"


@pytest.mark.parametrize("body, absent", [
    # prose: the other cities' joinings after the city's own, the second one's verb left out
    ("<p>Göttingen ist seit 2024 Mitglied der ECCAR. Mit dem Beitritt folgt Göttingen zahlreichen niedersächsischen "
     "Städten: Hannover ist bereits seit 2012 Mitglied, Oldenburg seit 2019.</p>", {"2012", "2019"}),
    # a card: another city's joining with "trat ... bei"
    ("<div class='card'><h3>Klima-Bündnis</h3><p>Göttingen ist seit 2009 Mitglied im Klima-Bündnis.</p><p>Kassel "
     "trat 2015 dem Klima-Bündnis bei.</p></div>", {"2015"}),
    # a list item: "gehört ... an"
    ("<ul><li>Göttingen ist seit 2009 Mitglied bei Eurocities.</li><li>Braunschweig gehört dem Netzwerk seit "
     "2016 an.</li></ul>", {"2016"}),
    # a table cell
    ("<p>Göttingen ist seit 2009 Mitglied bei Energy Cities.</p><table><tr><td>Wolfsburg ist seit 2018 Mitglied bei "
     "Energy Cities.</td></tr></table>", {"2018"}),
])
def test_another_citys_joining_in_german_word_order_is_not_the_citys(body, absent):
    assert not {value for _, value in _joinings(body, "de", GOETTINGEN)} & absent


@pytest.mark.parametrize("body, expected", [
    # the traps: the city itself, the city after an adverb, "die Stadt" after one, the city in a list item
    ("<p>Göttingen ist seit 2024 Mitglied der ECCAR.</p>", ("eccar", "2024")),
    ("<p>Göttingen arbeitet in Netzwerken. Zudem ist die Stadt seit 2012 Mitglied bei Eurocities.</p>",
     ("eurocities", "2012")),
    ("<p>Göttingen arbeitet in Netzwerken. Heute ist Göttingen seit 2012 Mitglied bei Eurocities.</p>",
     ("eurocities", "2012")),
    ("<dl><dt>Eurocities</dt><dd>Göttingen ist seit 2012 Mitglied.</dd></dl>", ("eurocities", "2012")),
])
def test_the_citys_own_german_joining_stays(body, expected):
    assert expected in _joinings(body, "de", GOETTINGEN)
