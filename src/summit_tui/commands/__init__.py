"""Scriptable sub-commands of summit-tui: each module has ``add_arguments`` and ``run``."""
