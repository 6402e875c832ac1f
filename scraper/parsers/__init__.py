"""The extraction layer: pure functions from a captured page to page columns, facts and news."""

from .extract import EXTRACTOR_VERSION, Extraction, extract_page

__all__ = ["EXTRACTOR_VERSION", "Extraction", "extract_page"]
