// The layout probe of .ci/browser. A wrapper page holds the annotated page
// in an iframe of the width to check (chromium keeps a window at least 500
// px wide, narrower than a phone's is not possible) and calls probe on it
// once it has loaded; the shipped page runs no script. probe measures the
// page as laid out and writes what it found, as JSON, into the wrapper's
// element with id "layout-probe", for `browsercheck layout` to read from
// chromium's --dump-dom.
function probe(win) {
  var document = win.document;
  var width = document.documentElement.clientWidth;
  var problems = [];
  var docWidth = document.documentElement.scrollWidth;
  if (docWidth > width) {
    problems.push("the document is " + docWidth + " px wide in a " + width + " px window");
  }
  var rowOf = function (el) {
    var tr = el.closest("tr");
    return tr && tr.id ? tr.id : el.tagName.toLowerCase();
  };
  document.querySelectorAll("td, th").forEach(function (cell) {
    var head = cell.closest("thead");
    if (head && head.getBoundingClientRect().width <= 1) {
      return; // a header row hidden for the eye, kept for screen readers
    }
    if (cell.scrollWidth > cell.clientWidth + 1) {
      problems.push("a cell of " + rowOf(cell) + " overflows: " + cell.scrollWidth + " px of content in " + cell.clientWidth + " px");
    }
  });
  // Each figure's value and range lie inside the window.
  document.querySelectorAll('tr[id^="fig-"] td[data-label="Value"], tr[id^="fig-"] td[data-label="Range (exact)"]').forEach(function (cell) {
    var r = cell.getBoundingClientRect();
    if (r.left < 0 || r.right > width + 1) {
      problems.push("the " + cell.dataset.label + " of " + rowOf(cell) + " spans " + Math.round(r.left) + " to " + Math.round(r.right) + " px");
    }
  });
  // An id breaks only between its parts (after a dot).
  document.querySelectorAll("code.id > span").forEach(function (part) {
    if (part.getClientRects().length > 1) {
      problems.push("the id part " + JSON.stringify(part.textContent) + " is broken across lines");
    }
  });
  // A number in a value or range is never broken inside its digits.
  var number = /[-+]?[0-9][0-9.,]*[0-9]|[0-9]/g;
  document.querySelectorAll('td[data-label="Value"], td[data-label="Range (exact)"]').forEach(function (cell) {
    var walker = document.createTreeWalker(cell, win.NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var m;
      number.lastIndex = 0;
      while ((m = number.exec(node.data)) !== null) {
        var text = m[0].replace(/,$/, "");
        var range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + text.length);
        var lines = {};
        Array.prototype.forEach.call(range.getClientRects(), function (r) { lines[Math.round(r.top)] = true; });
        if (Object.keys(lines).length > 1) {
          problems.push("the number " + text + " in " + rowOf(cell) + " is broken across lines");
        }
      }
    }
  });
  window.document.getElementById("layout-probe").textContent = JSON.stringify({ width: width, problems: problems });
}
