"""The colours every view draws with, chosen to be read on a white page and a projector.

WCAG 2.1 asks 4.5:1 for text against its background (1.4.3) and 3:1 for the marks a reader
needs to see (1.4.11); tests/test_contrast.py computes both for every colour here.
"""

from __future__ import annotations

BACKGROUND = "#ffffff"
TEXT = "#1d232b"
# Lane labels, dates on the axes, captions and credits: quieter than TEXT, still 7:1.
MUTED_TEXT = "#4a5560"
# Okabe & Ito's (2008) hues, distinguishable with every common colour blindness, with the
# orange, sky blue, pink and yellow darkened to 3:1 on white (the yellow becomes an olive):
# Okabe-Ito's own are 2.3:1, 2.3:1, 3.1:1 and 1.3:1, too faint for a mark on a projector.
# Lanes are also named on the axis, so no category depends on its colour alone.
LANE_COLOURS = ("#0072B2", "#BB8100", "#009E73", "#C870A1", "#1C95D9", "#D55E00", "#9A900C",
                "#000000")
SELECTED = "#000000"
# The current slide's date and the story's dates: a darker blue for text.
DATE_TEXT = "#005a8c"
