// Shared by every console page: a status toast and a live (SSE) connection helper.
(function () {
  "use strict";
  var toastTimer = null;

  function toast(message) {
    var el = document.getElementById("toast");
    if (!el) {
      el = document.createElement("div");
      el.id = "toast";
      el.className = "toast";
      el.setAttribute("role", "status");
      el.setAttribute("aria-live", "polite");
      document.body.appendChild(el);
    }
    el.textContent = message;
    el.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { el.hidden = true; }, 6000);
  }

  // EventSource reconnects by itself and sends Last-Event-ID, so nothing is missed in between.
  function live(url, handlers, stateEl) {
    if (!window.EventSource) { return null; }
    var source = new EventSource(url);
    var setState = function (text) { if (stateEl) { stateEl.textContent = text; } };
    source.addEventListener("ready", function () { setState("实时更新已连接"); });
    source.onerror = function () { setState("实时更新已断开，正在重连…"); };
    Object.keys(handlers).forEach(function (name) {
      source.addEventListener(name, function (ev) {
        var data = {};
        try { data = JSON.parse(ev.data || "{}"); } catch (e) { data = {}; }
        handlers[name](data, ev);
      });
    });
    window.addEventListener("pagehide", function () { source.close(); });
    return source;
  }

  // "/" jumps to the page's search box, as on most sites.
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.altKey || e.metaKey) { return; }
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) { return; }
    var box = document.querySelector("[data-search-box]");
    if (box) { e.preventDefault(); box.focus(); }
  });

  document.documentElement.classList.add("js");
  // A file field hidden behind its Chinese label (see case.html) names the chosen file beside it.
  document.querySelectorAll("input[type=file][data-file-name]").forEach(function (input) {
    var out = document.getElementById(input.getAttribute("data-file-name"));
    input.addEventListener("change", function () {
      if (!out) { return; }
      out.textContent = input.files && input.files.length ? "已选择：" + input.files[0].name : "";
    });
  });

  window.hotline = { toast: toast, live: live };
})();
