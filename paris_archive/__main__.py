from paris_archive.cli import main

# Guarded: the extraction process, started with "spawn", imports this module again.
if __name__ == "__main__":
    raise SystemExit(main())
