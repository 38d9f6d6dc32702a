// 工单查询: saved filters, kept in this browser (localStorage), one click to apply.
(function () {
  "use strict";
  var KEY = "hotline.savedFilters";
  var list = document.getElementById("saved-list");
  if (!list) { return; }

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch (e) { return []; }
  }
  function store(items) { localStorage.setItem(KEY, JSON.stringify(items)); }

  function render() {
    list.textContent = "";
    load().forEach(function (item, i) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "/console/cases" + item.query;
      a.textContent = item.name;
      var del = document.createElement("button");
      del.type = "button";
      del.className = "small";
      del.textContent = "删除";
      del.setAttribute("aria-label", "删除筛选“" + item.name + "”");
      del.addEventListener("click", function () {
        var items = load();
        items.splice(i, 1);
        store(items);
        render();
      });
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(del);
      list.appendChild(li);
    });
  }

  document.getElementById("save-filter").addEventListener("click", function () {
    var nameInput = document.getElementById("saved-name");
    var name = nameInput.value.trim() || ("筛选 " + (load().length + 1));
    var items = load().filter(function (x) { return x.name !== name; });
    items.push({ name: name, query: window.location.search });
    store(items);
    nameInput.value = "";
    render();
    window.hotline.toast("已保存筛选“" + name + "”");
  });
  render();
})();
