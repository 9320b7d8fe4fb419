// Which slide action a key press asks for ("next", "previous", "first", "last", "leave"), or
// null when the key is not ours or belongs to what has the focus. Shared, as text, by the
// Streamlit page's keyboard component and the standalone HTML export, so both answer the same
// keys (the table of keys is dashboard.views.slides.KEY_ACTIONS, handed in as ``keys``).
function slideAction(event, keys) {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
    return null;
  }
  var action = Object.prototype.hasOwnProperty.call(keys, event.key) ? keys[event.key] : null;
  if (!action) {
    return null;
  }
  // Inside a shadow root the event's target is the host: the first node of the path is the
  // element that really has the focus.
  var target = event.composedPath ? event.composedPath()[0] : event.target;
  if (target && target.closest) {
    // Typing in a field, moving through a list, a menu, a radio group or a table keeps its
    // own meaning; so does Space on a focused button (it presses that button).
    if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], ' +
                       '[role=listbox], [role=combobox], [role=slider], [role=spinbutton], ' +
                       '[role=radiogroup], [role=menu], [role=grid], [role=dialog]')) {
      return null;
    }
    if (event.key === ' ' && target.closest('button, a, summary, [role=button]')) {
      return null;
    }
  }
  return action;
}
