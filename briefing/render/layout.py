"""Table columns of the DOCX note, shared with the two-page estimate (briefing/trim.py).

Widths in inches; they add up to 6.5", the text width of a Letter page with 1-inch margins.
"""
ACTOR_COLUMNS = (("Actor", 1.8), ("Type", 1.0), ("Role in the article", 3.0), ("Mentions", 0.7))
ALLEGATION_COLUMNS = (("Claim", 2.7), ("Alleged by", 1.3), ("Against", 0.9), ("Status", 1.6))
