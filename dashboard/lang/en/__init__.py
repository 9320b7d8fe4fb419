"""English: tables of dates, furniture, datelines, events, names and interface strings, read by
the language-blind engines; the spaCy model its sentences go through."""

# The language's name in English, as other tools name it (HeidelTime's "-l English").
NAME = "English"
# None: spaCy's blank English pipeline with a sentencizer; names come from the gazetteer.
SPACY_MODEL = None
