"""Temporal expressions by rule: find them (`patterns`), read the clause's tense (`tense`), and
resolve them against the dateline and the dates mentioned before them (`resolve`).

HeidelTime-style, much smaller: one compiled regular expression a family of expressions, longest
match wins, and a little arithmetic on dates. No model, no network.
"""
