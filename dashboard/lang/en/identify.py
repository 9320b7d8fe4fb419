"""Short, frequent English words that tell an English text from another language's.

Chosen so that none is also a common French word ("a", "on", "me", "pour" are left out).
"""

MARKER_WORDS = frozenset({
    "the", "of", "and", "to", "in", "is", "that", "for", "with", "was", "by", "are", "have", "has",
    "it", "be", "from", "this", "were", "said", "had", "which", "would", "their", "they", "been",
    "not", "but", "who", "will", "its", "after", "at", "an", "or", "we", "he", "she",
})
