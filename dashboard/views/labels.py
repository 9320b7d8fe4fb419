"""Where the timeline writes each event's headline: beside its mark, never over another label.

Plotly writes text where it is told and lets it overlap, so the figure chooses which labels
fit. In each row of a lane, left to right, a label is written when it starts after the
previous label ends; the events it would have covered are counted on the label before them
("+3"), and appear when the reader narrows the dates. The selected event's label is always
written. Widths are estimated from the number of characters, for the width the page gives
the timeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
ELLIPSIS = "…"


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
    return (head[:cut] if cut > limit // 2 else head).rstrip(" ,;:'’-") + ELLIPSIS


def place_labels(xs: Sequence[float], rows: Sequence[float], texts: Sequence[str],
                 view: tuple[float, float], selected: int | None = None,
                 plot_width_px: float = PLOT_WIDTH_PX) -> list[Placed]:
    """Which events of one lane get their label written (``xs`` in days, ``rows`` the marks'
    y positions, ``view`` the first and last day shown)."""
    days_per_px = max(view[1] - view[0], 1.0) / plot_width_px
    order = sorted(range(len(xs)), key=lambda i: (rows[i], xs[i], i))
    placed: dict[int, Placed] = {}
    last_in_row: dict[float, tuple[int, float]] = {}
    hidden: dict[int, int] = {}
    for i in order:
        label = short_label(texts[i])
        width = (len(label) + COUNT_CHARS) * CHAR_WIDTH_PX * days_per_px
        gap = GAP_PX * days_per_px
        # Past the end of the view a label is written on the left of its mark instead.
        side = "left" if xs[i] + gap + width > view[1] else "right"
        start, end = (xs[i] - gap - width, xs[i]) if side == "left" else (xs[i], xs[i] + gap + width)
        previous = last_in_row.get(rows[i])
        if previous is not None and start <= previous[1]:
            if i != selected:
                hidden[previous[0]] = hidden.get(previous[0], 0) + 1
                continue
            # The selected event pushes its neighbour's label out instead, and counts it.
            placed.pop(previous[0], None)
            hidden[i] = hidden.pop(previous[0], 0) + 1
        placed[i] = Placed(i, label, 0, side)
        last_in_row[rows[i]] = (i, end)
    return [Placed(p.index, p.text, hidden.get(p.index, 0), p.side) for p in placed.values()]
