"""Facts about networks: the seed page (2012 networks page) field by field, its English twin, and the
rules that attribute a sentence's claims to a network."""

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from helpers.saved_pages import saved_page_extraction

from scraper.parsers.claims import find_claims
from scraper.parsers.content import Block, PageContent
from scraper.parsers.extract import extract_page
from scraper.parsers.facts import _MEMBERSHIP_CUE, FACT_COLUMNS, extract_facts

PAGES = Path(__file__).parent / "fixtures" / "pages"
SEED_URL = ("http://www.paris.fr/politiques/paris-a-l-international/paris-ville-monde/"
            "la-participation-aux-reseaux-des-villes/rub_6587_stand_16469_port_14974")


def extract_fixture(name):
    return saved_page_extraction(name)


def by_key(facts):
    keyed = {}
    for fact in facts:
        keyed.setdefault((fact["network_id"], fact["attribute"]), fact)
    return keyed


@pytest.fixture(scope="module")
def seed():
    return extract_fixture("seed_2012_networks")


@pytest.fixture(scope="module")
def seed_facts(seed):
    return by_key(seed.facts)


SEED_FACTS = [
    # network, attribute, value, value_num, value_date, qualifier, unit
    ("uclg", "founded", "2004-05", None, "2004-05", "exact", None),
    ("uclg", "founded_place", "Paris", None, None, "exact", None),
    ("uclg", "headquarters", "Barcelone", None, None, "exact", None),
    ("uclg", "member_countries", "120", 120.0, None, "more_than", "countries"),
    ("uclg", "regions", "8", 8.0, None, "exact", "regions"),
    ("uclg", "member_cities", "1000", 1000.0, None, "more_than", "cities"),
    ("uclg", "member_associations", "112", 112.0, None, "exact", "associations"),
    ("aimf", "president", "le Maire de Paris", None, None, "exact", None),
    ("aimf", "member_cities", "156", 156.0, None, "more_than", "cities"),
    ("aimf", "member_countries", "46", 46.0, None, "exact", "countries"),
    ("aimf", "projects", "400", 400.0, None, "more_than", "projects"),
    ("eurocities", "member_cities", "113", 113.0, None, "exact", "cities"),
    ("eurocities", "population_threshold", "200000", 200000.0, None, "more_than", "inhabitants"),
    ("eurocities", "joined", "2002", None, "2002", "exact", None),
    ("ucue", "founded", "1961-04", None, "1961-04", "exact", None),
    ("ucue", "member_countries", "25", 25.0, None, "exact", "countries"),
    ("icorn", "joined", "2011", None, "2011", "exact", None),  # from the 2014 news teaser
]


@pytest.mark.parametrize("network_id, attribute, value, value_num, value_date, qualifier, unit", SEED_FACTS)
def test_seed_page_fact(seed_facts, network_id, attribute, value, value_num, value_date, qualifier, unit):
    fact = seed_facts[network_id, attribute]
    assert (fact["value"], fact["value_num"], fact["value_date"], fact["qualifier"], fact["unit"]) == (
        value, value_num, value_date, qualifier, unit)


def test_seed_page_yields_exactly_its_facts(seed):
    assert sorted((f["network_id"], f["attribute"]) for f in seed.facts) == sorted(
        (network_id, attribute) for network_id, attribute, *_ in SEED_FACTS)


@pytest.mark.parametrize("network_id, attribute, name", [
    ("uclg", "headquarters", "C.G.L.U"),
    ("uclg", "member_cities", "Cités et Gouvernements Locaux Unis"),
    ("aimf", "member_cities", "A.I.M.F"),
    ("eurocities", "joined", "Eurocités"),
    ("ucue", "member_countries", "U.C.U.E"),
    ("icorn", "joined", "ICORN"),
])
def test_network_name_is_written_as_on_the_page(seed_facts, network_id, attribute, name):
    assert seed_facts[network_id, attribute]["network_name"] == name


def test_evidence_is_the_whole_sentence_whitespace_folded(seed_facts):
    assert seed_facts["aimf", "projects"]["evidence"] == (
        "Plus de 400 projets de développement ont déjà été menés dans le cadre de l’A.I.M.F.")
    assert seed_facts["eurocities", "joined"]["evidence"].startswith("Ce réseau de 113 métropoles européennes")


def test_seed_facts_carry_their_page_context(seed):
    for fact in seed.facts:
        assert (fact["source_url"], fact["lang"], fact["page_date"]) == (SEED_URL, "fr", "2012-04-05")
        assert list(fact) == list(FACT_COLUMNS)


def test_fact_ids_are_short_hex_hashes_unique_on_the_page(seed):
    ids = [fact["fact_id"] for fact in seed.facts]
    assert all(re.fullmatch(r"[0-9a-f]{16}(-\d+)?", fact_id) for fact_id in ids)
    assert len(set(ids)) == len(ids)


def test_decorations_and_boilerplate_give_no_facts(seed):
    evidence = " ".join(fact["evidence"] for fact in seed.facts)
    for boilerplate in ("Puce municipalité", "Crédits photo", "Partager", "Inscrivez-vous", "60%"):
        assert boilerplate not in evidence


ENGLISH_FACTS = [
    ("uclg", "founded", "2004-05", "exact"),
    ("uclg", "founded_place", "Paris", "exact"),
    ("uclg", "headquarters", "Barcelona", "exact"),
    ("uclg", "member_cities", "1000", "more_than"),
    ("uclg", "member_associations", "112", "exact"),
    ("uclg", "member_countries", "120", "more_than"),
    ("aimf", "president", "the Mayor of Paris", "exact"),
    ("aimf", "member_cities", "156", "more_than"),
    ("aimf", "member_countries", "46", "exact"),
    ("aimf", "projects", "400", "more_than"),
    ("eurocities", "joined", "2002", "exact"),
    ("eurocities", "member_cities", "113", "exact"),
    ("eurocities", "population_threshold", "200000", "more_than"),
    ("ucue", "founded", "1961-04", "exact"),
]


@pytest.mark.parametrize("network_id, attribute, value, qualifier", ENGLISH_FACTS)
def test_english_twin_gives_the_same_facts(network_id, attribute, value, qualifier):
    extraction = extract_fixture("2012_english_city_networks")
    fact = by_key(extraction.facts)[network_id, attribute]
    assert (fact["value"], fact["qualifier"], fact["lang"]) == (value, qualifier, "en")


def test_english_twin_counts_cities_and_member_associations():
    facts = by_key(extract_fixture("2012_english_city_networks").facts)
    assert "More than 1,000 cities" in facts["uclg", "member_cities"]["evidence"]
    assert "112 national member associations" in facts["uclg", "member_associations"]["evidence"]


def claims(sentence, base=None):
    return [(claim.attribute, claim.value) for claim in find_claims(sentence, base)]


@pytest.mark.parametrize("sentence, expected", [
    ("Créée en mai 2004 à Paris, elle porte la voix des villes.", [("founded", "2004-05"), ("founded_place", "Paris")]),
    ("L'AIMF, fondée en 1979 à Québec, réunit les maires.", [("founded", "1979"), ("founded_place", "Québec")]),
    ("Fondée à Québec en 1979, l’AIMF rassemble les maires.", [("founded", "1979"), ("founded_place", "Québec")]),
    ("UCLG was founded in May 2004 in Paris.", [("founded", "2004-05"), ("founded_place", "Paris")]),
    ("Créée en avril 1961, l’Union réunit les capitales.", [("founded", "1961-04")]),
    ("Basée à Barcelone, elle est la plus grande organisation.", [("headquarters", "Barcelone")]),
    ("Son siège est à Londres.", [("headquarters", "Londres")]),
    ("It is headquartered in London.", [("headquarters", "London")]),
    ("auquel la Ville a adhéré en 2002", [("joined", "2002")]),
    ("la Ville de Paris, membre active du réseau ICORN (International Cities of Refuge Network) depuis 2011",
     [("joined", "2011")]),
    ("Paris joined ICORN on 12 January 2011.", [("joined", "2011-01-12")]),
    ("Paris has been a member since 2011.", [("joined", "2011")]),
    ("L’AIMF, présidée par le Maire de Paris, réunit les maires.", [("president", "le Maire de Paris")]),
    ("The AIMF, chaired by Anne Hidalgo, Mayor of Paris, gathers mayors.", [("president", "Anne Hidalgo")]),
    ("Anne Hidalgo, Maire de Paris, la préside depuis 2014.", [("president", "Anne Hidalgo")]),
    ("Anne Hidalgo a été élue présidente du C40 en août 2016.", [("president", "Anne Hidalgo")]),
    ("Après sa fondation à Québec, l’AIMF a réuni ses membres autour de sa présidente, Anne Hidalgo, Maire de Paris.",
     [("founded_place", "Québec"), ("president", "Anne Hidalgo")]),
    ("The network met around its chair, Anne Hidalgo.", [("president", "Anne Hidalgo")]),
])
def test_find_claims_reads_dates_places_and_people(sentence, expected):
    assert claims(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "C.G.L.U se fonde sur trois principes.",
    "Elle est présidente depuis 2014.",  # no member, no network named: not when Paris joined
    "Anne Hidalgo, vice-présidente de CGLU, a ouvert la séance.",
    "Anne Hidalgo l’a présidé de 2016 à 2019.",
    "Paris est membre depuis sa création.",
])
def test_find_claims_leaves_out_what_the_sentence_does_not_state(sentence):
    assert claims(sentence) == []


def page(*blocks, title="Les réseaux"):
    return PageContent(title=title, lang="fr", page_date=None, blocks=tuple(blocks), teasers=(), main_text="",
                       is_news=False)


def attributed(content):
    return [(f["network_id"], f["attribute"], f["value"]) for f in extract_facts(content, "u", "fr", date(2016, 1, 1))]


def test_a_heading_names_the_network_of_the_paragraphs_under_it():
    content = page(Block("Eurocités", is_heading=True), Block("Ce réseau compte 113 villes."),
                   Block("Autres réseaux", is_heading=True), Block("Il compte 40 villes."))
    assert attributed(content) == [("eurocities", "member_cities", "113")]


def test_a_sentence_naming_another_network_is_about_that_one():
    content = page(Block("Eurocités", is_heading=True), Block("Le réseau ICORN compte 53 villes."))
    assert attributed(content) == [("icorn", "member_cities", "53")]


def test_without_heading_a_paragraph_keeps_the_network_it_last_named():
    content = page(Block("Paris a rejoint ICORN en 2011. Le réseau compte aujourd’hui 53 villes."),
                   Block("Il compte 40 villes."))
    assert attributed(content) == [("icorn", "joined", "2011"), ("icorn", "member_cities", "53")]


def test_the_title_names_the_network_of_a_page_without_headings():
    content = page(Block("Le réseau compte 53 villes."), title="ICORN, le réseau des villes refuges")
    assert attributed(content) == [("icorn", "member_cities", "53")]


def test_a_repeated_attribute_gets_an_ordinal_and_a_repeated_value_is_kept_once():
    content = page(Block("ICORN compte 40 villes. ICORN compte 40 villes. ICORN compte désormais 53 villes."))
    facts = extract_facts(content, "http://example.org/p", "fr", None)
    assert [f["value"] for f in facts] == ["40", "53"]
    assert facts[1]["fact_id"] == f"{facts[0]['fact_id']}-2"


def test_fact_ids_depend_on_network_attribute_and_page_only():
    first = extract_facts(page(Block("ICORN compte 40 villes.")), "http://example.org/p", "fr", None)
    later = extract_facts(page(Block("Désormais, ICORN compte 53 villes.")), "http://example.org/p", "en", None)
    elsewhere = extract_facts(page(Block("ICORN compte 40 villes.")), "http://example.org/q", "fr", None)
    assert first[0]["fact_id"] == later[0]["fact_id"] != elsewhere[0]["fact_id"]


def test_a_news_teaser_gives_lasting_facts_but_not_its_dated_figures():
    """The 2024 networks page still shows the 2016 teaser on ICORN's 53 cities; the page itself says 70+."""
    from mirror.epochs import load_epoch

    page = load_epoch("2024").site_dir / "international" / "reseaux-de-villes-4021"
    extraction = extract_page(page.read_bytes(), "https://www.paris.fr/international/reseaux-de-villes-4021",
                              datetime(2024, 6, 12, 10, tzinfo=UTC), "utf-8")
    icorn_cities = {(fact["value_num"], fact["qualifier"]) for fact in extraction.facts
                    if fact["network_id"] == "icorn" and fact["attribute"] == "member_cities"}
    assert icorn_cities == {(70.0, "more_than")}


def test_a_recent_teaser_gives_the_counts_it_says_are_current_an_old_or_undated_one_only_lasting_facts():
    from scraper.parsers.content import Teaser
    from scraper.parsers.dates import PartialDate

    def facts_of(teaser_date, summary="Energy Cities, créé en 1990, réunit désormais plus de 1 000 villes."):
        teaser = Teaser("Le réseau Energy Cities à Lyon", "https://example.org/n", teaser_date, summary)
        content = PageContent(title="Actualités", lang="fr", page_date=None, blocks=(), teasers=(teaser,),
                              main_text="", is_news=False)
        return {(f["attribute"], f["value"]) for f in extract_facts(content, "u", "fr", date(2025, 3, 4))}

    assert facts_of(PartialDate(2024, 11, 5)) == {("founded", "1990"), ("member_cities", "1000")}
    assert facts_of(PartialDate(2016, 11, 5)) == facts_of(None) == {("founded", "1990")}
    # Gathered at the news's meeting, the figure is the news's, and would vanish from the page as the teaser ages.
    assert facts_of(PartialDate(2024, 11, 5), "Energy Cities, créé en 1990, réunit 1 000 villes à Lyon.") == {
        ("founded", "1990")}


def test_a_paragraph_naming_another_network_goes_on_about_it_unless_a_heading_names_the_section():
    beside = page(Block("ICORN réunit plus de 80 villes. Paris en est membre depuis 2011."),
                  title="Le réseau Eurocities")
    assert attributed(beside) == [("icorn", "member_cities", "80"), ("icorn", "joined", "2011")]
    headed = page(Block("Eurocities", is_heading=True),
                  Block("Le réseau travaille avec ICORN. Paris en est membre depuis 1989."), title="Les réseaux")
    assert attributed(headed) == [("eurocities", "joined", "1989")]


@pytest.mark.parametrize("lang, summary, expected", [
    ("fr", "Le réseau Energy Cities, qui fédère plus de 1 000 villes, se réunit à Lyon.", "1000"),
    ("en", "Energy Cities, which represents more than 1,000 cities, meets in Lyon.", "1000"),
    ("en", "The assembly approved six applications, bringing the network to 212 cities.", "212"),
    ("de", "Energy Cities, das mehr als 1.000 Städte vereint, tagt in Lyon.", "1000"),
    ("es", "Energy Cities, que reúne a más de 1.000 ciudades, se reúne en Lyon.", "1000"),
    ("it", "Energy Cities, che riunisce oltre 1.000 città, si riunisce a Lione.", "1000"),
])
def test_a_recent_teaser_describing_the_network_as_it_is_gives_its_count(lang, summary, expected):
    from scraper.parsers.content import Teaser
    from scraper.parsers.dates import PartialDate

    teaser = Teaser("Energy Cities", "https://example.org/n", PartialDate(2024, 11, 5), summary)
    content = PageContent(title="News", lang=lang, page_date=None, blocks=(), teasers=(teaser,), main_text="",
                          is_news=False)
    assert {(f["attribute"], f["value"]) for f in extract_facts(content, "u", lang, date(2025, 3, 4))} == {
        ("member_cities", expected)}
    old = replace(teaser, date=PartialDate(2016, 11, 5))  # an old teaser's figure is no longer the network's
    assert extract_facts(replace(content, teasers=(old,)), "u", lang, date(2025, 3, 4)) == []


def test_under_a_heading_naming_two_networks_a_paragraph_goes_on_about_the_one_it_names():
    content = page(Block("Energy Cities et l'Alliance pour le climat", is_heading=True),
                   Block("Nantes a adhéré à Energy Cities en 1994."),
                   Block("Fondée en 1990, l'Alliance pour le climat rassemble 2 000 villes. La métropole en est membre "
                         "depuis 2007. Le réseau travaille avec ICORN. Elle en est membre depuis 2008."))
    assert attributed(content) == [("energy-cities", "joined", "1994"), ("climate-alliance", "founded", "1990"),
                                   ("climate-alliance", "member_cities", "2000"),
                                   ("climate-alliance", "joined", "2007"), ("climate-alliance", "joined", "2008")]


@pytest.mark.parametrize("joining", [
    "Genève a rejoint l’organisation dès sa fondation.",
    "La Ville en est membre depuis sa création.",
    "The city has been a member since its founding.",
])
def test_joining_at_the_founding_takes_the_founding_year_stated_before(joining):
    content = page(Block("CGLU", is_heading=True),
                   Block(f"Née en 2004 à Paris, l’organisation représente les villes. {joining}"))
    assert ("uclg", "joined", "2004") in attributed(content)


def test_joining_at_the_founding_of_a_network_whose_founding_is_not_stated_gives_nothing():
    content = page(Block("CGLU", is_heading=True), Block("Genève a rejoint l’organisation dès sa fondation."))
    assert attributed(content) == []


@pytest.mark.parametrize("text", ["Paris est MEMBRE de", "Mitglied seit 2004", "takes PART in", "ıt is no memb", ""])
def test_the_membership_cue_is_searched_in_the_lowered_text_as_case_blind(text):
    case_blind = re.compile(_MEMBERSHIP_CUE.pattern, re.IGNORECASE)
    assert not isinstance(_MEMBERSHIP_CUE, re.Pattern)
    found, expected = _MEMBERSHIP_CUE.search(text), case_blind.search(text)
    assert (found and (found.span(), found.group())) == (expected and (expected.span(), expected.group()))
