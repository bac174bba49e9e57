"""`python -m cleandump` runs the `clean` command."""

from .cli import main

raise SystemExit(main())
