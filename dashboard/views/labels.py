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
                 plot_width_px: float = PLOT_WIDTH_PX,
                 mark_starts: Sequence[float] | None = None) -> list[Placed]:
    """Which events of one lane get their label written, and how long: ``xs`` where each
    label may start (a day mark, a bar's end), in days; ``mark_starts`` where each mark begins
    (a bar's start; ``xs`` by default); ``rows`` the marks' y positions; ``view`` the first
    and last day shown."""
    starts = list(mark_starts) if mark_starts is not None else list(xs)
    px = max(view[1] - view[0], 1.0) / plot_width_px     # days per pixel
    by_row: dict[float, list[int]] = {}
    for i in sorted(range(len(xs)), key=lambda i: (starts[i], i)):
        by_row.setdefault(rows[i], []).append(i)
    placed: list[Placed] = []
    for members in by_row.values():
        row: list[Placed] = []
        unlabelled: list[int] = []
        last_end = view[0]
        for k, i in enumerate(members):
            following = starts[members[k + 1]] - MARK_RADIUS_PX * px if k + 1 < len(members) else view[1]
            room = (following - xs[i]) / px - GAP_PX - COUNT_CHARS * CHAR_WIDTH_PX
            chars = min(LABEL_CHARS, int(room // CHAR_WIDTH_PX))
            side = "right"
            if chars < MIN_LABEL_CHARS and k + 1 == len(members):
                # The last mark of the row: its label may go on its left, back to the last label.
                left_room = (starts[i] - last_end) / px - GAP_PX - MARK_RADIUS_PX - COUNT_CHARS * CHAR_WIDTH_PX
                if int(left_room // CHAR_WIDTH_PX) >= MIN_LABEL_CHARS:
                    chars, side = min(LABEL_CHARS, int(left_room // CHAR_WIDTH_PX)), "left"
            if chars < MIN_LABEL_CHARS and i != selected:
                unlabelled.append(i)
                continue
            label = short_label(texts[i], max(chars, MIN_LABEL_CHARS))
            row.append(Placed(i, label, 0, side))
            last_end = xs[i] + (GAP_PX + (len(label) + COUNT_CHARS) * CHAR_WIDTH_PX) * px if side == "right" else xs[i]
        # Each event without a label is counted on the nearest label of its row.
        hidden: dict[int, int] = {}
        for i in unlabelled if row else ():
            nearest = min(row, key=lambda p: (abs(starts[p.index] - starts[i]), p.index))
            hidden[nearest.index] = hidden.get(nearest.index, 0) + 1
        placed += [Placed(p.index, p.text, hidden.get(p.index, 0), p.side) for p in row]
    return placed
