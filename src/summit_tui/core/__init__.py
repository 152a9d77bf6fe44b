"""The core of summit-tui: models, YAML, storage and search, with no UI imports."""
