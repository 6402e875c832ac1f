"""`mirror serve` and `mirror list`: the offline mirror of the section."""

import argparse
import json

from paris_archive.errors import UserError


def register(commands, command) -> None:
    mirror = commands.add_parser("mirror", help="the offline mirror of the section")
    mirror_commands = mirror.add_subparsers(dest="mirror_command", required=True, metavar="COMMAND")
    serve = mirror_commands.add_parser("serve", help="serve one epoch of the mirror on 127.0.0.1")
    serve.add_argument("--epoch", required=True)
    serve.add_argument("--port", type=int, default=8000)
    serve.set_defaults(handler=cmd_mirror_serve)
    listing = mirror_commands.add_parser("list", help="list the mirror's epochs")
    listing.add_argument("--json", action="store_true", help="one JSON object per epoch instead of a table")
    listing.set_defaults(handler=cmd_mirror_list)


def cmd_mirror_serve(args: argparse.Namespace) -> int:
    from mirror.epochs import load_epoch
    from mirror.server import serve_forever

    epoch = load_epoch(args.epoch)
    try:
        serve_forever(epoch, "127.0.0.1", args.port, announce=lambda line: print(line, flush=True))
    except OSError as exc:
        raise UserError(f"cannot serve on 127.0.0.1:{args.port}: {exc.strerror or exc}") from None
    return 0


def cmd_mirror_list(args: argparse.Namespace) -> int:
    from mirror.epochs import list_epochs

    for epoch in list_epochs():
        if args.json:
            print(json.dumps({"name": epoch.name, "captured": epoch.captured, "in_history": epoch.in_history,
                              "label": epoch.label}, ensure_ascii=False))
            continue
        history = "history" if epoch.in_history else "extra"
        print(f"{epoch.name:<14} {epoch.captured:<11} {history:<8} {epoch.label}")
    return 0
