/* Progressive enhancement for the drivers' pages. Everything works without this file:
   - the province select fills the city select at once (no "列出城市" round trip);
   - "附上我现在的位置" adds the phone's coordinates to a report (asked only on a button press);
   - a photo over the size limit is caught before a long upload;
   - the submit button is disabled after the first press (the server also de-duplicates). */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  ready(function () {
    document.querySelectorAll("[data-picker]").forEach(function (picker) {
      var province = picker.querySelector("[data-province]");
      var city = picker.querySelector("[data-city]");
      if (!province || !city) return;
      province.addEventListener("change", function () {
        var url = "/public/cities?province=" + encodeURIComponent(province.value);
        fetch(url, { credentials: "same-origin" }).then(function (r) {
          if (!r.ok) throw new Error(r.status);
          return r.text();
        }).then(function (html) {
          var doc = new DOMParser().parseFromString("<select>" + html + "</select>", "text/html");
          var options = doc.querySelectorAll("option");
          city.replaceChildren.apply(city, Array.prototype.slice.call(options));
          city.value = "";
        }).catch(function () {
          picker.classList.add("js-failed");
        });
      });
    });

    var locate = document.querySelector("[data-locate]");
    if (locate && navigator.geolocation) {
      var status = document.querySelector("[data-locate-status]");
      locate.addEventListener("click", function () {
        status.textContent = "正在获取位置…";
        navigator.geolocation.getCurrentPosition(function (pos) {
          document.querySelector("[data-lat]").value = pos.coords.latitude.toFixed(6);
          document.querySelector("[data-lng]").value = pos.coords.longitude.toFixed(6);
          status.textContent = "已附上位置（精度约 " + Math.round(pos.coords.accuracy) + " 米）";
        }, function () {
          status.textContent = "没有取得位置，请在上面选择省份和城市";
        }, { enableHighAccuracy: true, timeout: 10000, maximumAge: 60000 });
      });
    } else if (locate) {
      locate.hidden = true;
    }

    document.documentElement.classList.add("js");
    document.querySelectorAll("input[type=file][data-max-bytes]").forEach(function (input) {
      var name = input.parentNode.querySelector(".file-name");
      input.addEventListener("change", function () {
        if (name) { name.textContent = input.files && input.files[0] ? "已选择：" + input.files[0].name : ""; }
        var max = parseInt(input.getAttribute("data-max-bytes"), 10);
        var file = input.files && input.files[0];
        input.setCustomValidity(file && file.size > max ? "照片太大，请换一张或压缩后再传" : "");
        input.reportValidity();
      });
    });

    document.querySelectorAll("form[data-submit-form]").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        var submitter = event.submitter;
        if (submitter && submitter.name === "action") return; // the picker's own button
        var button = form.querySelector("button[data-once]");
        if (button) {
          setTimeout(function () { button.disabled = true; button.textContent = "正在提交…"; }, 0);
        }
      });
    });
  });
})();
