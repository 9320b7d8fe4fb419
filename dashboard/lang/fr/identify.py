"""Short, frequent French words that tell a French text from another language's.

Chosen so that none is also a common English word ("a", "on", "as", "me" are left out).
"""

MARKER_WORDS = frozenset({
    "le", "la", "les", "des", "du", "une", "est", "et", "dans", "pour", "que", "qui", "sur", "pas",
    "au", "aux", "ce", "cette", "avec", "sont", "été", "par", "il", "elle", "ils", "mais", "ont",
    "leur", "selon", "aussi", "plus", "nous", "vous", "où", "après", "être", "fait", "sa", "ses",
})
