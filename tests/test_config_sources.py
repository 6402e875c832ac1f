"""The config file's sources table: what `paris-archive crawl` archives by default."""

import pytest
from conftest import REPO, run_cli

from paris_archive.config import ConfigError, load_config
from scraper.sources import default_sources

EXAMPLE = REPO / "deploy" / "paris-archive.example.toml"


def test_the_example_file_lists_the_three_sources():
    sources = load_config(EXAMPLE, {}, {}).sources
    assert [(source.name, source.spider, source.lang) for source in sources] == [
        ("section", "paris_international", "fr"), ("english", "paris_international", "en"),
        ("press", "press_releases", "fr")]
    assert sources[0].depth == 6 and sources[2].since == "90d" and all(source.enabled for source in sources)


def test_without_a_file_the_built_in_sources_are_crawled():
    assert load_config(None, {}, {}).sources == default_sources()


def test_a_source_table_is_read_with_its_rules(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[sources.lyon]\nspider = "paris_international"\nstart_urls = ["https://www.lyon.fr/international"]\n'
                    'deny = ["/agenda/", "/recherche"]\ndepth = "none"\nenabled = false\n')
    (source,) = load_config(path, {}, {}).sources
    assert (source.name, source.deny, source.depth, source.enabled) == ("lyon", ("/agenda/", "/recherche"), None, False)


@pytest.mark.parametrize("table, message", [
    ('[sources.press]\nspider = "press_releases"\nstart_urls = ["https://presse.paris.fr/"]\nsince = "last week"\n',
     "source press: since 'last week' is not a date (YYYY-MM-DD) or a number of days (90d)"),
    ('[sources.x]\nspider = "nope"\nstart_urls = ["https://www.paris.fr/"]\n', "source x: unknown spider 'nope'"),
    ('[sources.x]\nspider = "paris_international"\n', "CONFIG: sources.x: missing start_urls"),
    ('[sources.x]\nspider = "paris_international"\nstart_urls = ["https://www.paris.fr/"]\ndept = 3\n',
     "CONFIG: sources.x.dept: unknown key"),
    ('[sources.x]\nspider = "paris_international"\nstart_urls = ["https://www.paris.fr/"]\ndeny = ["(x"]\n',
     "source x: deny pattern '(x' is not a valid regular expression"),
])
def test_a_wrong_source_is_named(tmp_path, table, message):
    path = tmp_path / "config.toml"
    path.write_text(table)
    with pytest.raises(ConfigError) as raised:
        load_config(path, {}, {})
    assert message.replace("CONFIG", str(path)) in str(raised.value)


def test_crawl_names_a_source_the_config_does_not_have(tmp_path):
    result = run_cli("crawl", "--config", str(EXAMPLE), "--source", "photos", archive=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == "paris-archive: error: unknown source 'photos'; sources: section, english, press"
