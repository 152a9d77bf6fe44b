"""The values everything else passes around: readouts and their parts, entries, problems."""
