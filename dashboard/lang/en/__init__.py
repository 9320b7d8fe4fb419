"""English: tables of dates, furniture, datelines, events, names and interface strings, read by
the language-blind engines; the spaCy model its sentences go through."""

# None: spaCy's blank English pipeline with a sentencizer; names come from the gazetteer.
SPACY_MODEL = None
