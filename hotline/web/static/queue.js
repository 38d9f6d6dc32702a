// 本单位待办: live arrivals over SSE; the table is re-read from the server on each event.
(function () {
  "use strict";
  var queue = document.getElementById("queue");
  if (!queue) { return; }
  var arrived = new Set();

  var pending = false;

  // Someone typing a reply in an open form keeps it: the refresh waits until the form is closed.
  function busy() {
    return !!queue.querySelector("details[open]") || (document.activeElement && queue.contains(document.activeElement) &&
      /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName));
  }
  function refresh() {
    if (busy()) { pending = true; return; }
    pending = false;
    if (window.htmx) { window.htmx.trigger(queue, "refresh"); } else { window.location.reload(); }
  }
  setInterval(function () { if (pending) { refresh(); } }, 3000);

  // The refresh asks for as many lead rows as are on screen: it does not take back what 加载更多 added.
  queue.addEventListener("htmx:configRequest", function (e) {
    if (e.detail.elt !== queue) { return; }
    e.detail.parameters.rows = String(queue.querySelectorAll("table.queue tbody tr[data-number]").length || 1);
  });

  document.body.addEventListener("htmx:afterSwap", function (e) {
    if (e.detail.target !== queue) { return; }
    arrived.forEach(function (number) {
      var row = queue.querySelector("tr[data-number='" + number + "']");
      if (row) { row.classList.add("arrived"); }
    });
    arrived.clear();
  });

  window.hotline.live("/console/queue/stream", {
    "case": function (c) {
      arrived.add(c.number);
      window.hotline.toast("新工单到达：" + c.number + " " + c.title + (c.urgent ? "（紧急）" : ""));
      refresh();
    },
    update: function () { refresh(); },
    tick: function () { refresh(); }
  }, document.getElementById("live-state"));
})();
