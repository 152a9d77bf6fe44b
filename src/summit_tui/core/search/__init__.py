"""Search: the query language, the index and its file, matching, ranking, results."""
