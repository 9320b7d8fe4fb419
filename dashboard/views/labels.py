"""Where the timeline writes each event's headline: beside its mark, over no other mark or label.

Plotly writes text where it is told and lets it overlap, so the figure chooses which labels
fit. In each row of a lane, left to right, a label runs from its mark (a bar's end) to the
next mark, shortened on a word boundary to the room there is; where not even a short form
fits, the events are counted on the label before them ("+3"), and their labels appear when
the reader narrows the dates. The last mark of a row may write its label on its left. The
selected event's label is always written. Widths are estimated from the number of
characters, for the width the page gives the timeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

# The width in pixels the timeline's plotting area has on a wide screen, beside the detail
# (1400 px: the sidebar, the lane names and the detail column take the rest). On a phone the
# page hides the labels (see ui/panels.CSS): the marks are too close there for any to fit.
PLOT_WIDTH_PX = 440
# An average character of the 11 px label font, and the gap between a mark and its label.
CHAR_WIDTH_PX = 6.2
GAP_PX = 9
# A label longer than this is shortened on a word boundary: a timeline label names the event,
# the detail panel gives the whole headline.
LABEL_CHARS = 34
# Room kept after a label for its count of hidden neighbours ("+12").
COUNT_CHARS = 4
# A label shorter than this says nothing ("Kiev a…"): the event is counted instead.
MIN_LABEL_CHARS = 12
# Half a day mark's width, so that no label starts under the next mark.
MARK_RADIUS_PX = 6
ELLIPSIS = "…"
# Words this short that end a shortened label are articles, prepositions, conjunctions.
SHORT_WORD = 3


@dataclass(frozen=True)
class Placed:
    """One written label: the index of its event, its text, how many it hides, and on which
    side of its mark it is written ("right", or "left" near the end of the view)."""

    index: int
    text: str
    hidden: int
    side: str = "right"


def short_label(headline: str, limit: int = LABEL_CHARS) -> str:
    """The headline, cut on a word boundary to at most ``limit`` characters."""
    if len(headline) <= limit:
        return headline
    head = headline[:limit - 1]
    cut = head.rfind(" ")
    words = (head[:cut] if cut > limit // 2 else head).rstrip(" ,;:'’-").split(" ")
    # "Son attaque la…", "Blinken a affirmé que…": a short lower-case word last is a function
    # word waiting for what was cut; the label ends before it.
    while len(words) > 2 and len(words[-1]) <= SHORT_WORD and words[-1].islower():
        words.pop()
    return " ".join(words) + ELLIPSIS


def place_labels(xs: Sequence[float], rows: Sequence[float], texts: Sequence[str],
                 view: tuple[float, float], selected: int | None = None,
                 plot_width_px: float = PLOT_WIDTH_PX,
                 mark_starts: Sequence[float] | None = None) -> list[Placed]:
    """Which events of one lane get their label written, and how long: ``xs`` where each
    label may start (a day mark, a bar's end), in days; ``mark_starts`` where each mark begins
    (a bar's start; ``xs`` by default); ``rows`` the marks' y positions; ``view`` the first
    and last day shown.

    The room before the next mark is worked out for all marks at once (a lane may hold
    thousands, of which a few dozen have room); only those are then looked at one by one.
    """
    x = np.asarray(xs, dtype=float)
    starts = np.asarray(mark_starts if mark_starts is not None else xs, dtype=float)
    y = np.asarray(rows, dtype=float)
    if not len(x):
        return []
    px = max(view[1] - view[0], 1.0) / plot_width_px     # days per pixel
    order = np.lexsort((np.arange(len(x)), starts, y))   # by row, then left to right
    same_row_next = np.r_[y[order][1:] == y[order][:-1], False]
    following = np.where(same_row_next, np.r_[starts[order][1:], 0.0] - MARK_RADIUS_PX * px, view[1])
    room = (following - x[order]) / px - GAP_PX - COUNT_CHARS * CHAR_WIDTH_PX
    chars = np.minimum(LABEL_CHARS, np.floor(room / CHAR_WIDTH_PX)).astype(int)
    last_of_row = ~same_row_next
    # Where the mark before each one ends in its row: a label on the left stops there, even
    # when that mark has no label of its own (it is counted, but still drawn).
    same_row_before = np.r_[False, same_row_next[:-1]]
    before_end = np.where(same_row_before, np.r_[0.0, x[order][:-1]] + MARK_RADIUS_PX * px, view[0])
    placed: list[Placed] = []
    by_row: dict[float, list[Placed]] = {}
    last_end: dict[float, float] = {}
    candidates = np.flatnonzero((chars >= MIN_LABEL_CHARS) | last_of_row | (order == (selected if selected is not None else -1)))
    for k in candidates:
        i, row = int(order[k]), float(y[order[k]])
        fit, side = int(chars[k]), "right"
        if fit < MIN_LABEL_CHARS and last_of_row[k]:
            # The last mark of the row: its label may go on its left, back to the last label.
            bound = max(last_end.get(row, view[0]), float(before_end[k]))
            left_room = (starts[i] - bound) / px - GAP_PX - MARK_RADIUS_PX - COUNT_CHARS * CHAR_WIDTH_PX
            if int(left_room // CHAR_WIDTH_PX) >= MIN_LABEL_CHARS:
                fit, side = min(LABEL_CHARS, int(left_room // CHAR_WIDTH_PX)), "left"
        if fit < MIN_LABEL_CHARS and i != selected:
            continue
        label = short_label(texts[i], max(fit, MIN_LABEL_CHARS))
        by_row.setdefault(row, []).append(Placed(i, label, 0, side))
        last_end[row] = x[i] + (GAP_PX + (len(label) + COUNT_CHARS) * CHAR_WIDTH_PX) * px if side == "right" else x[i]
    for row, written in by_row.items():
        # Each event without a label is counted on the nearest label of its row.
        labelled = {p.index for p in written}
        anchors = np.array([starts[p.index] for p in written])
        hidden = np.zeros(len(written), dtype=int)
        others = [i for i in np.flatnonzero(y == row) if int(i) not in labelled]
        if others:
            nearest = np.abs(anchors[None, :] - starts[others][:, None]).argmin(axis=1)
            hidden = np.bincount(nearest, minlength=len(written))
        placed += [Placed(p.index, p.text, int(h), p.side) for p, h in zip(written, hidden)]
    # A row where no label fits counts its events on the lane's nearest label, so that no
    # mark goes unnamed and uncounted.
    unnamed = [i for i in range(len(x)) if float(y[i]) not in by_row]
    if placed and unnamed:
        anchors = np.array([starts[p.index] for p in placed])
        extra = np.bincount(np.abs(anchors[None, :] - starts[unnamed][:, None]).argmin(axis=1),
                            minlength=len(placed))
        placed = [Placed(p.index, p.text, p.hidden + int(h), p.side) for p, h in zip(placed, extra)]
    return placed
