"""Run summit-tui with ``python -m summit_tui``."""

from summit_tui.cli.main import main

raise SystemExit(main())
