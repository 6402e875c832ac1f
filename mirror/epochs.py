"""The mirror's dated epochs: one folder each, described by its `epoch.json`, pages under `site/`."""

import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from shared.http import REDIRECT_STATUSES

EPOCHS_DIR = Path(__file__).resolve().parent / "epochs"


class UnknownEpoch(ValueError):
    """A mirror epoch name that has no folder."""

    def __init__(self, name: str, available: list[str]) -> None:
        super().__init__(f"unknown mirror epoch {name!r}; available epochs: {', '.join(available) or 'none'}")


class InvalidEpoch(ValueError):
    """An `epoch.json` that is missing a field or holds a value of the wrong kind."""


@dataclass(frozen=True)
class Redirect:
    to: str
    status: int


@dataclass(frozen=True)
class PressSite:
    """The city's press-release site as it stood in an epoch (its files under `press/`)."""

    origin: str  # e.g. "https://presse.paris.fr"
    start_paths: tuple[str, ...]  # the first page of the list of communiqués
    since: str  # ISO date: the oldest communiqué a crawl of this epoch keeps


@dataclass(frozen=True)
class Epoch:
    name: str
    label: str
    captured: str  # ISO date the epoch represents, e.g. "2012-04-20"
    origin: str  # live origin the pages were published on, e.g. "http://www.paris.fr"
    start_paths: tuple[str, ...]
    in_history: bool
    redirects: dict[str, Redirect]
    headers: dict[str, dict[str, str]]  # per-path response header overrides
    default_charset: str  # charset declared for HTML files without an override
    site_dir: Path
    press: PressSite | None = None

    def press_epoch(self) -> "Epoch":
        """The press site served like an epoch of its own: same date, its own origin and files."""
        if self.press is None:
            raise ValueError(f"mirror epoch {self.name} has no press-release site")
        return replace(self, name=f"{self.name}-press", origin=self.press.origin, start_paths=self.press.start_paths,
                       redirects={}, headers={}, default_charset="utf-8", site_dir=self.site_dir.parent / "press",
                       press=None)

    @property
    def live_start_urls(self) -> list[str]:
        return [self.origin + path for path in self.start_paths]

    @property
    def captured_date(self) -> date:
        return date.fromisoformat(self.captured)


def list_epochs(epochs_dir: Path = EPOCHS_DIR) -> list[Epoch]:
    """Every epoch of the mirror, sorted by name."""
    return [_read_epoch(folder) for folder in _epoch_folders(epochs_dir)]


def history_epochs(epochs_dir: Path = EPOCHS_DIR) -> list[Epoch]:
    """The epochs that make up the section's history, oldest first (names sort by date)."""
    return [epoch for epoch in list_epochs(epochs_dir) if epoch.in_history]


def load_epoch(name: str, epochs_dir: Path = EPOCHS_DIR) -> Epoch:
    # Look the name up among the folders rather than joining it to a path: no "../" tricks.
    folders = {folder.name: folder for folder in _epoch_folders(epochs_dir)}
    if name not in folders:
        raise UnknownEpoch(name, sorted(folders))
    return _read_epoch(folders[name])


def _epoch_folders(epochs_dir: Path) -> list[Path]:
    if not epochs_dir.is_dir():
        return []
    return sorted(folder for folder in epochs_dir.iterdir() if (folder / "epoch.json").is_file())


def _read_epoch(folder: Path) -> Epoch:
    config_path = folder / "epoch.json"
    try:
        config = json.loads(config_path.read_text(encoding="utf-8"))
        epoch = Epoch(
            name=_text(config, "name"),
            label=_text(config, "label"),
            captured=date.fromisoformat(_text(config, "captured")).isoformat(),
            origin=_text(config, "origin").rstrip("/"),
            start_paths=tuple(_paths(config.get("start_paths"), "start_paths")),
            in_history=_flag(config, "in_history"),
            redirects={path: _redirect(path, target) for path, target in _mapping(config, "redirects").items()},
            headers={path: {str(k): str(v) for k, v in _as_mapping(overrides, path).items()}
                     for path, overrides in _mapping(config, "headers").items()},
            default_charset=_text(config, "default_charset"),
            site_dir=folder / "site",
            press=_press(config.get("press")),
        )
    except (json.JSONDecodeError, ValueError, TypeError) as exc:
        raise InvalidEpoch(f"{config_path}: {exc}") from None
    if epoch.name != folder.name:
        raise InvalidEpoch(f"{config_path}: name {epoch.name!r} differs from its folder {folder.name!r}")
    return epoch


def _text(config: dict[str, Any], key: str) -> str:
    value = config.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"{key!r} must be a non-empty string")
    return value


def _flag(config: dict[str, Any], key: str) -> bool:
    value = config.get(key)
    if not isinstance(value, bool):
        raise TypeError(f"{key!r} must be true or false")
    return value


def _mapping(config: dict[str, Any], key: str) -> dict[str, Any]:
    return _as_mapping(config.get(key, {}), key)


def _as_mapping(value: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"{key!r} must be an object")
    return value


def _paths(value: Any, key: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(p, str) and p.startswith("/") for p in value):
        raise ValueError(f"{key!r} must be a non-empty list of paths starting with '/'")
    return value


def _press(value: Any) -> PressSite | None:
    if value is None:
        return None
    value = _as_mapping(value, "press")
    return PressSite(origin=_text(value, "origin").rstrip("/"), start_paths=tuple(_paths(value.get("start_paths"),
                     "press.start_paths")), since=date.fromisoformat(_text(value, "since")).isoformat())


def _redirect(path: str, target: Any) -> Redirect:
    target = _as_mapping(target, path)
    status = target.get("status")
    if status not in REDIRECT_STATUSES:
        raise ValueError(f"redirect of {path!r}: status must be one of {sorted(REDIRECT_STATUSES)}, not {status!r}")
    return Redirect(to=_text(target, "to"), status=status)
