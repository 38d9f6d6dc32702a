// 坐席工作台: apply text suggestions to untouched fields, incoming calls (SSE), knowledge answers,
// keyboard shortcuts. The page works without this file; it only saves keystrokes.
(function () {
  "use strict";
  var form = document.getElementById("case-form");
  if (!form) { return; }
  var touched = new Set();
  var touchedInput = document.getElementById("f-touched");
  document.getElementById("f-js").value = "1";

  function fields() { return form.querySelectorAll("[data-suggest]"); }

  function markTouched(el) {
    var name = el.getAttribute("data-suggest");
    if (!name) { return; }
    touched.add(name);
    touchedInput.value = Array.from(touched).join(",");
    el.removeAttribute("data-suggested");
    var tag = document.getElementById(el.id + "-tag");
    if (tag) { tag.remove(); }
  }

  fields().forEach(function (el) {
    ["input", "change"].forEach(function (type) {
      el.addEventListener(type, function (e) { if (e.isTrusted) { markTouched(el); } });
    });
  });

  function tag(el, on) {
    var id = el.id + "-tag";
    var existing = document.getElementById(id);
    var label = form.querySelector("label[for='" + el.id + "']");
    if (on && !existing && label) {
      var span = document.createElement("span");
      span.id = id;
      span.className = "suggested-tag";
      span.textContent = "（建议）";
      label.appendChild(span);
    } else if (!on && existing) {
      existing.remove();
    }
  }

  function applySuggestions(data) {
    fields().forEach(function (el) {
      var name = el.getAttribute("data-suggest");
      if (touched.has(name) || !(name in data)) { return; }
      var value = data[name];
      if (el.type === "checkbox") {
        el.checked = !!value;
        if (value) { el.setAttribute("data-suggested", "1"); } else { el.removeAttribute("data-suggested"); }
        tag(el, !!value);
        return;
      }
      if (value === null || value === undefined || value === "") {
        if (el.hasAttribute("data-suggested")) { el.value = ""; el.removeAttribute("data-suggested"); tag(el, false); }
        return;
      }
      el.value = value;
      el.setAttribute("data-suggested", "1");
      tag(el, true);
    });
    var regionName = document.getElementById("f-region-name");
    if (regionName && !touched.has("region")) { regionName.textContent = data.region_name || ""; }
    var kbRegion = document.getElementById("kb-region");
    if (kbRegion) { kbRegion.value = document.getElementById("f-region").value || ""; }
  }

  document.body.addEventListener("htmx:afterSwap", function (e) {
    if (!e.detail || !e.detail.target || e.detail.target.id !== "assist") { return; }
    var blob = document.getElementById("suggestion-data");
    if (!blob) { return; }
    try { applySuggestions(JSON.parse(blob.getAttribute("data-json"))); } catch (err) { /* leave the form as it is */ }
  });

  // A changed category, type, region or urgency changes where the case goes: ask again.
  ["f-type", "f-category", "f-region", "f-urgent"].forEach(function (id) {
    var el = document.getElementById(id);
    el.addEventListener("change", function (e) {
      if (e.isTrusted && window.htmx) { window.htmx.trigger("#f-description", "suggest"); }
    });
  });

  // 引用答复: copy a knowledge-base answer into the reply box.
  document.addEventListener("click", function (e) {
    var btn = e.target.closest ? e.target.closest(".use-answer") : null;
    if (!btn) { return; }
    var reply = document.getElementById("f-reply");
    reply.value = btn.getAttribute("data-answer");
    // Closing with this answer links the case to the entry (knowledge gaps are consultations without one).
    document.getElementById("f-used-policy").value = btn.getAttribute("data-uid") || "";
    reply.focus();
    window.hotline.toast("已引用知识库答复");
  });

  // Incoming calls pushed by the phone system.
  var banner = document.getElementById("call-banner");
  window.hotline.live("/console/workbench/stream", {
    call: function (call) {
      var phone = document.getElementById("f-phone");
      phone.value = call.caller;
      document.getElementById("f-call").value = call.call_id;
      banner.hidden = false;
      banner.textContent = "来电：" + call.caller + (call.line ? "（线路 " + call.line + "）" : "");
      if (window.htmx) {
        window.htmx.trigger(phone, "call-filled");
        window.htmx.trigger(document.body, "call-arrived");
      }
      document.getElementById("f-description").focus();
    }
  }, document.getElementById("call-live"));

  function submitWith(id) {
    var btn = document.getElementById(id);
    if (form.requestSubmit) { form.requestSubmit(btn); } else { btn.click(); }
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey && e.key === "Enter") { e.preventDefault(); submitWith("btn-dispatch"); return; }
    if (!e.altKey || e.ctrlKey || e.metaKey) { return; }
    var focus = { Digit1: "f-phone", Digit2: "f-description", Digit3: "f-reply", Digit4: "kb-q" }[e.code];
    if (focus) { e.preventDefault(); document.getElementById(focus).focus(); return; }
    if (e.code === "KeyQ") {
      var first = document.querySelector("#assist .use-answer, #kb-results .use-answer");
      if (first) { e.preventDefault(); first.click(); }
    } else if (e.code === "KeyJ") { e.preventDefault(); submitWith("btn-close"); }
    else if (e.code === "KeyS") { e.preventDefault(); submitWith("btn-save"); }
    else if (e.code === "KeyN") { e.preventDefault(); window.location.href = "/console/workbench"; }
  });
})();
