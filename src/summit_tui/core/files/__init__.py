"""Readout files: YAML read and write with line and column errors, listing, reading, watching."""
