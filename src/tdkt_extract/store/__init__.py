"""The archive: a DuckDB database of extracted records (``pip install 'tdkt-extract[db]'``).

``build`` fills it, ``identity`` links the ways one cluster is written, ``history`` gives a
cluster's years, ``export`` writes the tables for spreadsheets.
"""
