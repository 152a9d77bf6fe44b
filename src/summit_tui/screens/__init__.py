"""Screens of summit-tui: the main browser and its dialogs."""
