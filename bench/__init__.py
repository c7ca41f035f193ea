"""Benchmarks run on purpose (`python -m bench`), never by pytest: demo generation, the
contact table's first page and search-as-you-type, each next to the bare sqlite3 floor."""
