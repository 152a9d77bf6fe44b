"""Counts over a result set, and the threads of meetings between the same parties."""
