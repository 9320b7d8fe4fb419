"""The timeline's labels placed again in the browser whenever the reader zooms or pans.

The figure comes with the labels that fit its first view (``dashboard.views.labels``); zoomed
in, marks spread apart and more headlines fit. plotly.js tells nothing back to the server on
a zoom, so this script, run in the page and in the standalone export, does the same placement
as ``place_labels`` on the marks in view, with the plotting area's real width, and rewrites
the label traces. The headline of each mark is read from its hover text (already escaped).
"""

from dashboard.views.labels import (
    CHAR_WIDTH_PX,
    COUNT_CHARS,
    GAP_PX,
    LABEL_CHARS,
    MARK_RADIUS_PX,
    MIN_LABEL_CHARS,
    SHORT_WORD,
)

RELABEL_JS = """
// Tags are written with \\x3c: Streamlit reads the page's script as HTML before running it.
var LT = '\\x3c', OPEN_B = LT + 'b>', CLOSE_B = LT + '/b>';
function friseShort(text, limit) {
  if (text.length <= limit) { return text; }
  var head = text.slice(0, limit - 1), cut = head.lastIndexOf(' ');
  var words = (cut > limit / 2 ? head.slice(0, cut) : head).replace(/[ ,;:'’-]+$/, '').split(' ');
  while (words.length > 2 && words[words.length - 1].length <= %(short)s
         && words[words.length - 1] === words[words.length - 1].toLowerCase()
         && words[words.length - 1] !== words[words.length - 1].toUpperCase()) { words.pop(); }
  return words.join(' ') + '…';
}
function friseDays(value) { return new Date(value).getTime() / 86400000; }
function friseRelabel(gd) {
  var xa = gd._fullLayout && gd._fullLayout.xaxis;
  if (!xa || !xa._length) { return; }
  var low = friseDays(xa.range[0]), high = friseDays(xa.range[1]);
  var px = Math.max(high - low, 1) / xa._length;
  var C = %(char)s, GAP = %(gap)s, COUNT = %(count)s, MAXC = %(max)s, MINC = %(min)s, R = %(radius)s;
  // The decoded traces: gd.data may still hold the typed arrays as base64.
  var full = gd._fullData;
  var picked = full.find(function (t) { return t.meta && t.meta.kind === 'selected'; });
  var selected = picked ? picked.customdata[0] : null;
  var traces = [], xs = [], ys = [], texts = [], sides = [], ids = [];
  full.forEach(function (trace) {
    if (!trace.meta || trace.meta.kind !== 'labels') { return; }
    var n = trace.index, lane = trace.meta.lane;
    var marks = full.find(function (t) { return t.meta && t.meta.kind === 'events' && t.meta.lane === lane; });
    var bars = full.find(function (t) { return t.meta && t.meta.kind === 'bars' && t.meta.lane === lane; });
    var span = {};
    if (bars) {
      for (var b = 0; b + 1 < bars.x.length; b += 3) {
        span[bars.customdata[b]] = [friseDays(bars.x[b]), friseDays(bars.x[b + 1])];
      }
    }
    var rows = {};
    for (var i = 0; marks && i < marks.x.length; i++) {
      var id = marks.customdata[i], day = friseDays(marks.x[i]);
      var from = span[id] ? span[id][0] : day, to = span[id] ? span[id][1] : day;
      if (to < low || from > high) { continue; }
      var title = String(marks.hovertext[i]).split(CLOSE_B)[0].replace(OPEN_B, '');
      (rows[marks.y[i]] = rows[marks.y[i]] || []).push({id: id, start: from, x: to, y: marks.y[i], title: title});
    }
    var lx = [], ly = [], lt = [], ls = [], li = [], lane = [], unnamed = [];
    Object.keys(rows).forEach(function (key) {
      var row = rows[key].sort(function (a, b) { return a.start - b.start; });
      var written = [], unlabelled = [], lastEnd = low;
      row.forEach(function (mark, k) {
        var next = k + 1 < row.length ? row[k + 1].start - R * px : high;
        var fit = Math.min(MAXC, Math.floor(((next - mark.x) / px - GAP - COUNT * C) / C)), side = 'right';
        if (fit < MINC && k + 1 === row.length) {
          // Back to the last label, or to the mark before, labelled or not: it is still drawn.
          var bound = k > 0 ? Math.max(lastEnd, row[k - 1].x + R * px) : lastEnd;
          var left = Math.floor(((mark.start - bound) / px - GAP - R - COUNT * C) / C);
          if (left >= MINC) { fit = Math.min(MAXC, left); side = 'left'; }
        }
        if (fit < MINC && mark.id !== selected) { unlabelled.push(mark); return; }
        var text = friseShort(mark.title, Math.max(fit, MINC));
        written.push({mark: mark, text: text, side: side, hidden: 0});
        lastEnd = side === 'right' ? mark.x + (GAP + (text.length + COUNT) * C) * px : mark.x;
      });
      if (!written.length) { unnamed = unnamed.concat(unlabelled); return; }
      lane = lane.concat(written);
      unlabelled.forEach(function (mark) {
        var best = written.reduce(function (a, b) {
          return Math.abs(b.mark.start - mark.start) < Math.abs(a.mark.start - mark.start) ? b : a; });
        best.hidden += 1;
      });
    });
    // A row where no label fits counts its events on the lane's nearest label.
    unnamed.forEach(function (mark) {
      if (!lane.length) { return; }
      lane.reduce(function (a, b) {
        return Math.abs(b.mark.start - mark.start) < Math.abs(a.mark.start - mark.start) ? b : a; }).hidden += 1;
    });
    lane.forEach(function (w) {
        var text = w.mark.id === selected ? OPEN_B + w.text + CLOSE_B : w.text;
        if (w.hidden) { text += ' ' + LT + 'span style="color:#4a5561">+' + w.hidden + LT + '/span>'; }
        lx.push(new Date(w.mark.x * 86400000).toISOString().slice(0, 10)); ly.push(w.mark.y);
        lt.push(w.side === 'right' ? '\\u2002\\u2002' + text : text + '\\u2002\\u2002\\u2002');
        ls.push('middle ' + w.side); li.push(w.mark.id);
    });
    traces.push(n); xs.push(lx); ys.push(ly); texts.push(lt); sides.push(ls); ids.push(li);
  });
  if (traces.length) {
    Plotly.restyle(gd, {x: xs, y: ys, text: texts, textposition: sides, customdata: ids}, traces);
  }
}
function friseWatch(gd) {
  if (!gd || gd.friseWatched || !gd.on) { return; }
  gd.friseWatched = true;
  gd.on('plotly_relayout', function (change) {
    if (Object.keys(change).some(function (k) { return k.indexOf('xaxis') === 0; })) { friseRelabel(gd); }
  });
}
""" % {"char": CHAR_WIDTH_PX, "gap": GAP_PX, "count": COUNT_CHARS, "max": LABEL_CHARS,
       "min": MIN_LABEL_CHARS, "radius": MARK_RADIUS_PX, "short": SHORT_WORD}
