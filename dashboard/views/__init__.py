"""What a reader sees, shared by the page and the exports: the view a URL names, the filters it
applies, labels and dates in the reader's language, the timeline and the map figures.

It sits above the extraction core and below both ``dashboard.export`` and ``dashboard.ui``, so
an export and a page widget draw the same figure with the same words, and neither imports the
other. Nothing here imports Streamlit.
"""
