"""The config file, the environment and the command line, in that order of strength; mistakes named."""

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from paris_archive.config import SETTINGS, ConfigError, config_path, load_config

EXAMPLE = Path(__file__).resolve().parent.parent / "deploy" / "paris-archive.example.toml"

FULL = """
archive = "/srv/paris-archive"
contact = "mailto:archives@example.org"

[crawl]
start_urls = ["https://www.paris.fr/international/"]
allow = "/international"
settings = { DOWNLOAD_DELAY = 2, AUTOTHROTTLE_ENABLED = true }

[schedule]
crawl = "15 6 * * *"
report = "0 7 * * mon"
timezone = "Europe/Paris"

[report]
email = true
empty = "skip"

[smtp]
host = "smtp.example.org"
port = 587
security = "starttls"
user = "paris-archive"
from = "paris-archive@example.org"
to = ["archives@example.org", "research@example.org"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "paris-archive.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_setting_is_read_from_the_file(tmp_path):
    config = load_config(write(tmp_path, FULL), {}, {})
    assert config["archive"] == Path("/srv/paris-archive")
    assert config["crawl.start_urls"] == ("https://www.paris.fr/international/",)
    assert config["crawl.settings"] == {"DOWNLOAD_DELAY": "2", "AUTOTHROTTLE_ENABLED": "True"}
    assert config["schedule.crawl"] == "15 6 * * *"
    assert config["schedule.timezone"] == ZoneInfo("Europe/Paris")
    assert config["report.email"] is True
    assert config["smtp.port"] == 587
    assert config["smtp.to"] == ("archives@example.org", "research@example.org")
    assert config.origins["smtp.host"] == str(tmp_path / "paris-archive.toml")


def test_defaults_without_a_file():
    config = load_config(None, {}, {})
    assert config["archive"] == Path("data/archive")
    assert config["schedule.timezone"] == ZoneInfo("UTC")
    assert config["report.email"] is False
    assert config["crawl.start_urls"] == ()
    assert config.origins["archive"] == "default"


def test_the_environment_overrides_the_file_and_the_command_line_overrides_both(tmp_path):
    path = write(tmp_path, FULL)
    environ = {"PARIS_ARCHIVE_SMTP_PORT": "2525", "PARIS_ARCHIVE_SCHEDULE_CRAWL": "0 3 * * *",
               "PARIS_ARCHIVE_SMTP_TO": "a@example.org, b@example.org", "PARIS_ARCHIVE_REPORT_EMAIL": "no"}
    config = load_config(path, environ, {"schedule.crawl": "30 4 * * *", "archive": "/srv/elsewhere"})
    assert config["smtp.port"] == 2525 and config.origins["smtp.port"] == "$PARIS_ARCHIVE_SMTP_PORT"
    assert config["smtp.to"] == ("a@example.org", "b@example.org")
    assert config["report.email"] is False
    assert config["schedule.crawl"] == "30 4 * * *" and config.origins["schedule.crawl"] == "command line"
    assert config["archive"] == Path("/srv/elsewhere")
    assert config["smtp.host"] == "smtp.example.org"  # untouched by the others


def test_an_empty_environment_variable_does_not_override():
    assert load_config(None, {"PARIS_ARCHIVE_DIR": ""}, {})["archive"] == Path("data/archive")


def test_scrapy_settings_from_the_environment():
    config = load_config(None, {"PARIS_ARCHIVE_CRAWL_SETTINGS": "DOWNLOAD_DELAY=0,CLOSESPIDER_PAGECOUNT=10"}, {})
    assert config["crawl.settings"] == {"DOWNLOAD_DELAY": "0", "CLOSESPIDER_PAGECOUNT": "10"}


@pytest.mark.parametrize(("text", "environ", "overrides", "message"), [
    ('[smtp]\nhots = "x"\n', {}, {}, "unknown setting smtp.hots \\(.*paris-archive.toml\\); did you mean smtp.host\\?"),
    ('colour = "blue"\n', {}, {}, "unknown setting colour .*; settings: archive, contact"),
    ('[smtp]\npassword = "hunter2"\n', {}, {}, "smtp.password .*never a setting.*PARIS_ARCHIVE_SMTP_PASSWORD"),
    ('[smtp]\nport = "twenty-five"\n', {}, {}, "setting smtp.port \\(.*\\): expected a port number"),
    ('[smtp]\nport = 70000\n', {}, {}, "setting smtp.port .*port 70000 is out of range"),
    ('[smtp]\nsecurity = "tls"\n', {}, {}, "setting smtp.security .*expected one of none, starttls, ssl"),
    ('[schedule]\ncrawl = "61 * * * *"\n', {}, {}, "setting schedule.crawl .*'61 \\* \\* \\* \\*' is not a cron"),
    ('[schedule]\ntimezone = "Paris"\n', {}, {}, "setting schedule.timezone .*'Paris' is not a time zone name"),
    ('[crawl]\nstart_urls = "ftp://example.org/"\n', {}, {}, "setting crawl.start_urls .*not an http\\(s\\) URL"),
    ('[crawl]\nallow = "(unclosed"\n', {}, {}, "setting crawl.allow .*not a regular expression"),
    ('[report]\nemail = "perhaps"\n', {}, {}, "setting report.email .*expected true or false"),
    ('archive = 3\n', {}, {}, "setting archive .*expected non-empty text"),
    ('[smtp\n', {}, {}, "paris-archive.toml is not valid TOML"),
    ("", {"PARIS_ARCHIVE_SMTP_PORT": "x"}, {}, "setting smtp.port \\(\\$PARIS_ARCHIVE_SMTP_PORT\\)"),
    ("", {}, {"schedule.report": "weekly"}, "setting schedule.report \\(command line\\): 'weekly' is not a cron"),
    ("", {}, {"smtp.pasword": "x"}, "unknown setting smtp.pasword \\(command line\\)"),
])
def test_a_wrong_setting_is_named_with_where_it_came_from(tmp_path, text, environ, overrides, message):
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, text), environ, overrides)


def test_a_missing_config_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match="config file .*nowhere.toml does not exist"):
        load_config(tmp_path / "nowhere.toml", {}, {})


def test_a_missing_setting_is_named_with_how_to_set_it():
    config = load_config(None, {}, {})
    with pytest.raises(ConfigError, match="missing setting contact .*needed to crawl a live site: set it in the "
                                          "config file, as \\$PARIS_ARCHIVE_CONTACT, or with --setting contact="):
        config.require("contact", "to crawl a live site")


def test_the_config_file_comes_from_the_option_then_the_environment(tmp_path):
    assert config_path("a.toml", {"PARIS_ARCHIVE_CONFIG": "b.toml"}) == Path("a.toml")
    assert config_path(None, {"PARIS_ARCHIVE_CONFIG": "b.toml"}) == Path("b.toml")
    assert config_path(None, {}) is None


def test_child_commands_get_the_settings_as_environment_variables(tmp_path):
    environment = load_config(write(tmp_path, FULL), {}, {}).child_environment()
    assert environment == {
        "PARIS_ARCHIVE_CONTACT": "mailto:archives@example.org",
        "PARIS_ARCHIVE_REPORT_EMPTY": "skip",
        "PARIS_ARCHIVE_SMTP_HOST": "smtp.example.org",
        "PARIS_ARCHIVE_SMTP_PORT": "587",
        "PARIS_ARCHIVE_SMTP_SECURITY": "starttls",
        "PARIS_ARCHIVE_SMTP_USER": "paris-archive",
        "PARIS_ARCHIVE_SMTP_FROM": "paris-archive@example.org",
        "PARIS_ARCHIVE_SMTP_TO": "archives@example.org,research@example.org",
    }


def test_the_shipped_example_is_valid_and_documents_every_setting():
    config = load_config(EXAMPLE, {}, {})
    assert config["schedule.crawl"] and config["schedule.report"]
    text = EXAMPLE.read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert setting.name.rpartition(".")[2] in text and setting.env in text, setting.name


def test_every_setting_is_documented_in_the_readme():
    readme = (EXAMPLE.parent.parent / "README.md").read_text(encoding="utf-8")
    missing = [setting.name for setting in SETTINGS if f"| `{setting.name}` | `{setting.env}` |" not in readme]
    assert not missing, f"settings missing from the README's settings table: {missing}"
