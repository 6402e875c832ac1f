"""A progress bar on stderr for long commands whose total is known, only when a person is watching."""

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# (done, total): how far a long command has got.
Progress = Callable[[int, int], None]


def _ignore(done: int, total: int) -> None:
    return None


@contextmanager
def progress_bar(description: str, *, enabled: bool = True) -> Iterator[Progress]:
    """Yield a `(done, total)` callback that draws a rich bar on a terminal's stderr, and does nothing when
    stderr is a file or a pipe (logs and scripts get the command's own lines only)."""
    if not (enabled and sys.stderr.isatty()):
        yield _ignore
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as RichProgress

    with RichProgress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(description, total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield advance
