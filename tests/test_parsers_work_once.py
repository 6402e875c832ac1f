"""Work the extraction does once per page, or only when its answer is needed: the answers stay the same."""

from scraper.parsers.publishing_city import publishing_city


def test_the_names_a_page_writes_for_its_city_are_read_only_when_asked():
    city = publishing_city("https://www.medellin.gov.co/es/noticias/redes",
                           "Medellín es miembro de CGLU. La Alcaldía de Medellín preside la comisión.")
    assert "names" not in vars(city)
    assert city.names == frozenset({"medellin"})
    assert city.is_own("Alcaldía de Medellín") and not city.is_own("Bogotá")

