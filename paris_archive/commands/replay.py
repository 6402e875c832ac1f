"""`replay`: browse the archived pages as they were, served by pywb from the archive's WARC files."""

import argparse

from paris_archive.settings import archive_dir


def register(commands, command) -> None:
    replay = command("replay", "serve the archive's captures in pywb, for the reports' archived-copy links")
    replay.add_argument("--port", type=int, default=8080, help="port to listen on (default: 8080)")
    replay.add_argument("--bind", metavar="ADDRESS", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0: every network)")
    replay.set_defaults(handler=cmd_replay)


def cmd_replay(args: argparse.Namespace) -> int:
    from paris_archive.replay import serve_replay

    try:
        return serve_replay(archive_dir(args.archive), args.bind, args.port, lambda line: print(line, flush=True))
    except KeyboardInterrupt:
        return 0
