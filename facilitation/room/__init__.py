"""Phones in the room: questions put to participants' phones, their answers and results.

Plain domain, as the rest of facilitation/: question kinds and their states (questions),
what a phone may send and how it is cleaned (answers), the word cloud's normalisation
(words), results and scores (results, scoring) and personal codes (codes). The server under
ui/ and the store under storage/ call these; nothing here knows about HTTP or SQL.
"""
