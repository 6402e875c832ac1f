"""The words of a change report, in French or English: labels of networks and attributes, hedges, dates,
section titles and the sentences around them. Networks are named as the vocabulary labels them."""

from datetime import date

from scraper.parsers.vocabulary import NETWORKS

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
ARROW = "\u2192"


class UnknownLanguage(ValueError):
    def __init__(self, name: object) -> None:
        super().__init__(f"unknown report language {name!r} (one of: {', '.join(LANGUAGES)})")


ATTRIBUTE_LABELS = {
    "fr": {
        "founded": "date de création", "founded_place": "lieu de création", "headquarters": "siège",
        "member_cities": "villes membres", "represented_governments": "collectivités représentées",
        "member_associations": "associations membres", "member_countries": "pays membres",
        "regions": "régions du monde", "projects": "projets", "population_threshold": "population minimale",
        "joined": "adhésion de la ville", "president": "présidence",
    },
    "en": {
        "founded": "founded", "founded_place": "place founded", "headquarters": "headquarters",
        "member_cities": "member cities", "represented_governments": "governments represented",
        "member_associations": "member associations", "member_countries": "member countries",
        "regions": "world regions", "projects": "projects", "population_threshold": "minimum population",
        "joined": "the city joined", "president": "president",
    },
}

# What a count is of, after the figure in a subject line ("AIMF 272 → 325 cities").
COUNT_UNITS = {
    "fr": {"member_cities": "villes", "represented_governments": "collectivités", "member_countries": "pays",
           "member_associations": "associations", "regions": "régions", "projects": "projets",
           "population_threshold": "habitants"},
    "en": {"member_cities": "cities", "represented_governments": "governments", "member_countries": "countries",
           "member_associations": "associations", "regions": "regions", "projects": "projects",
           "population_threshold": "inhabitants"},
}

QUALIFIER_WORDS = {
    "fr": {"exact": "", "more_than": "plus de", "at_least": "au moins", "about": "environ", "up_to": "jusqu'à"},
    "en": {"exact": "", "more_than": "more than", "at_least": "at least", "about": "about", "up_to": "up to"},
}
# The same hedges in a subject line, where space is short: "130+", "~100".
QUALIFIER_SIGNS = {"exact": "{}", "more_than": "{}+", "at_least": "{}+", "about": "~{}", "up_to": "\u2264{}"}

MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}

WORDS = {
    "fr": {
        "none": "(aucun)",
        "not_stated": "plus indiqué",
        "new_figure": "nouveau",
        "page": "page", "pages": "pages",
        "stated_on": "indiqué sur {count} {pages}",
        "stated_before": "indiqué sur {count} {pages} avant",
        "disagree": "les pages divergent : {values}",
        "disagreed": "les pages divergeaient : {values}",
        "written_disagree": "tel qu'écrit : {values}",
        "written_disagreed": "tel qu'écrit avant : {values}",
        "value_on_pages": "{value} ({count} {pages})",
        "to_check_jump": "saut de plus de {factor} fois d'un instantané à l'autre : à vérifier avant d'y croire",
        "to_check_against_pages": "des pages de l'instantané donnent des chiffres à plus de {factor} fois "
                                  "d'écart : à vérifier",
        "moved_redirect": "redirection {status}",
        "moved_same_text": "même texte principal",
        "moved_same_title": "même titre",
        "undated": "sans date",
        "changed_fields": "{fields} modifié(s)",
        "status": "statut", "no_answer": "pas de réponse",
        "main_text": "texte principal", "title": "titre", "and": "et", "changed": "modifié(s)",
        "flagged_by": "signalé par",
        "was": "avant", "now": "maintenant",
        "live_page": "page en ligne", "archived_copy": "copie archivée", "colon": " :",
        "archived_label": "instantané {snapshot_id}, capturé le {captured}",
        "from": "du", "to": "au",
        "snapshot_caption": "instantané {snapshot_id}, capturé le {captured}, source {source}{epoch}",
        "epoch": ", époque {epoch} du miroir",
        "no_changes_subject": "paris-archive : aucun changement{warnings} ({dates})",
        "changes_subject": "paris-archive : {top}{more} ({dates})",
        "counted_subject": "paris-archive : {count} changement(s){warnings} ({dates})",
        "more_changes": " et {count} autre(s) changement(s)",
        "warnings_subject": ", {count} avertissement(s) d'extraction",
        "summary_total": "{count} changement(s) : {figures} chiffre(s) de réseaux, {news} actualité(s), "
                         "{pages} page(s)",
        "summary_figures": "Chiffres des réseaux : {changed} changé(s), {to_check} à vérifier",
        "summary_news": "Actualités : {added} nouvelle(s), {edited} modifiée(s), {removed} retirée(s)",
        "summary_pages": "Pages : {moved} déplacée(s), {appeared} apparue(s), {disappeared} disparue(s), "
                         "{status} changement(s) de statut, {text} texte(s) modifié(s)",
        "summary_suspect": "Extraction douteuse (pour la maintenance) : {warnings} avertissement(s), "
                           "{facts} fait(s) et {news} actualité(s) mis de côté",
        "no_changes": "Aucun changement : les chiffres, actualités et pages sont les mêmes dans les deux "
                      "instantanés.",
        "suspect_hint": " Une partie de l'extraction est douteuse : voir la section pour la maintenance.",
        "more_in_full": "et {count} de plus dans le rapport complet ({file}, enregistré à côté de celui-ci dans "
                        "le dossier reports/ de l'archive ; toutes les lignes : {command})",
        "suspect_heading": "Extraction douteuse (pour la maintenance)",
        "suspect_intro": "Les analyseurs ont peut-être manqué ce qui suit ; ce n'est pas compté plus haut comme "
                         "un changement.",
        "period": "Du {old} au {new}",
        "baseline_asked": "Point de départ : le site au {day}, comme demandé.",
        "baseline_last_report": "Point de départ : le site au {day}, où s'arrêtait le dernier rapport ({status} {at}).",
        "baseline_first_snapshot": "Point de départ : le site au {day}, le premier état de l'archive (aucun rapport "
                                   "n'a encore été envoyé).",
        "baseline_newest_before": "Point de départ : le site au {day}, le plus récent état capturé avant {cutoff}.",
        "baseline_none_before": "Point de départ : le site au {day}, le premier état de l'archive (aucun n'a été "
                                "capturé avant {cutoff}).",
        "ledger_queued": "mis en attente", "ledger_sent": "envoyé", "ledger_skipped": "non envoyé",
    },
    "en": {
        "none": "(none)",
        "not_stated": "no longer stated",
        "new_figure": "new",
        "page": "page", "pages": "pages",
        "stated_on": "stated on {count} {pages}",
        "stated_before": "stated on {count} {pages} before",
        "disagree": "the pages disagree: {values}",
        "disagreed": "the pages disagreed: {values}",
        "written_disagree": "as written: {values}",
        "written_disagreed": "as written before: {values}",
        "value_on_pages": "{value} ({count} {pages})",
        "to_check_jump": "jumps more than {factor}-fold from one snapshot to the next: check it before trusting it",
        "to_check_against_pages": "pages of the snapshot give figures more than {factor}-fold apart: check it",
        "moved_redirect": "redirect {status}",
        "moved_same_text": "same main text",
        "moved_same_title": "same title",
        "undated": "undated",
        "changed_fields": "{fields} changed",
        "status": "status", "no_answer": "no answer",
        "main_text": "main text", "title": "title", "and": "and", "changed": "changed",
        "flagged_by": "flagged by",
        "was": "was", "now": "now",
        "live_page": "live page", "archived_copy": "archived copy", "colon": ":",
        "archived_label": "snapshot {snapshot_id}, captured {captured}",
        "from": "from", "to": "to",
        "snapshot_caption": "snapshot {snapshot_id}, captured {captured}, source {source}{epoch}",
        "epoch": ", mirror epoch {epoch}",
        "no_changes_subject": "paris-archive: no changes{warnings} ({dates})",
        "changes_subject": "paris-archive: {top}{more} ({dates})",
        "counted_subject": "paris-archive: {count} change(s){warnings} ({dates})",
        "more_changes": " and {count} more change(s)",
        "warnings_subject": ", {count} extraction warning(s)",
        "summary_total": "{count} change(s): {figures} network figure(s), {news} news item(s), {pages} page(s)",
        "summary_figures": "Network figures: {changed} changed, {to_check} to check",
        "summary_news": "News: {added} new, {edited} edited, {removed} removed",
        "summary_pages": "Pages: {moved} moved, {appeared} appeared, {disappeared} disappeared, "
                         "{status} changed status, {text} changed wording",
        "summary_suspect": "Extraction suspect (for maintainers): {warnings} warnings, {facts} facts and {news} "
                           "news items set aside",
        "no_changes": "No changes: the figures, news and pages are the same in both snapshots.",
        "suspect_hint": " Some extraction is suspect: see the section for maintainers.",
        "more_in_full": "and {count} more in the full report ({file}, saved beside this one in the archive's "
                        "reports/ folder; every row: {command})",
        "suspect_heading": "Extraction suspect (for maintainers)",
        "suspect_intro": "The parsers may have missed what follows; it is not reported above as a change.",
        "period": "From {old} to {new}",
        "baseline_asked": "Baseline: the site as of {day}, as asked.",
        "baseline_last_report": "Baseline: the site as of {day}, where the last report ended ({status} {at}).",
        "baseline_first_snapshot": "Baseline: the site as of {day}, the first in the archive (no report has been "
                                   "sent yet).",
        "baseline_newest_before": "Baseline: the site as of {day}, the newest captured before {cutoff}.",
        "baseline_none_before": "Baseline: the site as of {day}, the first in the archive (none was captured before "
                                "{cutoff}).",
        "ledger_queued": "queued", "ledger_sent": "sent", "ledger_skipped": "skipped",
    },
}

SECTION_TITLES = {
    "fr": {
        "figures_changed": "Chiffres des réseaux", "figures_to_check": "À vérifier",
        "news_added": "Nouvelles actualités", "news_edited": "Actualités modifiées",
        "news_removed": "Actualités retirées", "pages_moved": "Pages déplacées",
        "pages_appeared": "Pages apparues", "pages_disappeared": "Pages disparues",
        "pages_status_changed": "Pages dont le statut a changé", "pages_text_changed": "Pages dont le texte a changé",
        "warnings": "Avertissements d'extraction",
        "facts_suspect": "Faits disparus de pages signalées (pas comptés comme retirés)",
        "news_suspect": "Actualités disparues de pages signalées (pas comptées comme retirées)",
    },
    "en": {
        "figures_changed": "Network figures", "figures_to_check": "To check",
        "news_added": "New news items", "news_edited": "Edited news items", "news_removed": "Removed news items",
        "pages_moved": "Pages moved", "pages_appeared": "Pages that appeared",
        "pages_disappeared": "Pages that disappeared", "pages_status_changed": "Pages whose status changed",
        "pages_text_changed": "Pages whose wording changed", "warnings": "Extraction health warnings",
        "facts_suspect": "Facts that vanished from flagged pages (not counted as removed)",
        "news_suspect": "News items that vanished from flagged pages (not counted as removed)",
    },
}


def baseline_sentence(reason: str, day: date, detail: dict, language: str) -> str:
    """Where a report starts and why, dated: "Point de départ : le site au 3 juin 2024, comme demandé."."""
    words = WORDS[language]
    status = detail.get("status")
    fields = {**detail, "status": words.get(f"ledger_{status}", status)} if status else detail
    return words[f"baseline_{reason}"].format(day=day_text(day, language), **fields)


def checked_language(language: object) -> str:
    if language not in LANGUAGES:
        raise UnknownLanguage(language)
    return language


def count_text(value: object, language: str) -> str:
    """A count as a reader writes it: "240 000" in French, "240,000" in English (a no-break space, so that a
    figure never wraps across two lines)."""
    text = str(value)
    if not text.isdigit() or len(text) < 4:
        return text
    grouped = f"{int(text):,}"
    return grouped.replace(",", "\u00a0") if language == "fr" else grouped


def network_label(network_id: str | None, name: str | None) -> str:
    """The vocabulary's label of a known network ("UCLG (CGLU)"), else the name the pages use most."""
    return NETWORKS.get(network_id or "") or name or network_id or "?"


def attribute_label(attribute: str, language: str) -> str:
    return ATTRIBUTE_LABELS[language].get(attribute, attribute.replace("_", " "))


def pages_word(count: int, language: str) -> str:
    return WORDS[language]["page" if count == 1 else "pages"]


def day_text(day: date, language: str) -> str:
    """`12 juin 2024`, `12 June 2024`."""
    first = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{first} {MONTHS[language][day.month - 1]} {day.year}"


def span_text(first: date, last: date, language: str) -> str:
    """The dates a report covers, as short as they read: `7-14 juin 2024`, `30 mai - 6 juin 2024`,
    `20 avril 2012 - 12 juin 2024`, `12 juin 2024` (one day)."""
    if first == last:
        return day_text(last, language)
    if (first.year, first.month) == (last.year, last.month):
        return f"{day_text(first, language).split(' ')[0]}-{day_text(last, language)}"
    if first.year == last.year:
        return f"{day_text(first, language).rsplit(' ', 1)[0]} - {day_text(last, language)}"
    return f"{day_text(first, language)} - {day_text(last, language)}"
