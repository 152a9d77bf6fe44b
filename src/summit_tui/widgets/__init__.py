"""The panes of summit-tui: one widget per module."""
