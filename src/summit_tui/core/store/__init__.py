"""The readout store: the only code that touches TinyDB (shards, storage, parallel parse)."""
