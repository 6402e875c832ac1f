from paris_archive.cli import main

raise SystemExit(main())
