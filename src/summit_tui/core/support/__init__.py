"""Written once, used everywhere: atomic writes, locks, a garbage-collector pause, safe text."""
