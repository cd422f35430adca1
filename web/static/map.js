// Draws a netmap map with vis-network. Names and notes are user data: they reach the page
// only through textContent (never innerHTML); vis-network shows string titles as plain text.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("map-data").textContent);
  const texts = JSON.parse(document.getElementById("map-texts").textContent);
  const byId = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  const hiddenKinds = new Set();
  const hiddenRelations = new Set();
  let focusId = null;
  let focusDepth = 0;
  let year = null; // null: every relation, whatever its dates

  window.netmapTimes = { start: performance.now() };
  const nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, title: n.title, color: n.color, size: n.size, shape: "dot", font: { size: 12 }, x: n.x, y: n.y };
  }));
  const edges = new vis.DataSet(data.edges.map(function (e) {
    return {
      id: e.id, from: e.from, to: e.to, title: e.title, label: e.label, color: e.color, width: e.width,
      dashes: e.dashes, arrows: e.arrows, font: { size: 11, align: "middle" },
    };
  }));
  const container = document.getElementById("network");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: data.positioned ? false : { stabilization: { iterations: 150 }, barnesHut: { gravitationalConstant: -4000, springLength: 120 } },
    interaction: { hover: true, keyboard: { enabled: true, bindToWindow: false }, tooltipDelay: 150, hideEdgesOnDrag: data.positioned },
    edges: { smooth: false },
    layout: { improvedLayout: data.nodes.length <= 150 },
  });
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); });
  network.on("beforeDrawing", function (ctx) {
    // A white background, so the PNG download is not transparent.
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });
  window.netmapNetwork = network;
  window.netmapTimes.network = performance.now();
  window.netmapReady = false;
  network.once("afterDrawing", function () { window.netmapTimes.drawn = performance.now(); window.netmapReady = true; document.body.dataset.mapReady = "1"; });

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  // -- what is shown: kind and relation toggles, neighbourhood focus, year ------------------
  function inForce(edge) {
    if (year === null) { return true; }
    const since = edge.details.since, until = edge.details.until;
    return !(since && +since.slice(0, 4) > year) && !(until && +until.slice(0, 4) < year);
  }
  function neighbourhood() {
    if (!focusId || focusDepth === 0) { return null; }
    const reached = new Set([focusId]);
    let frontier = [focusId];
    for (let step = 0; step < focusDepth; step++) {
      const next = [];
      data.edges.forEach(function (e) {
        if (!edgeVisible(e, null)) { return; }
        frontier.forEach(function (id) {
          const other = e.from === id ? e.to : e.to === id ? e.from : null;
          if (other && !reached.has(other)) { reached.add(other); next.push(other); }
        });
      });
      frontier = next;
    }
    return reached;
  }
  function edgeVisible(e, near) {
    const a = byId.get(e.from), b = byId.get(e.to);
    return !hiddenRelations.has(e.kind) && !hiddenKinds.has(a.kind) && !hiddenKinds.has(b.kind) && inForce(e) &&
      (!near || (near.has(e.from) && near.has(e.to)));
  }
  function refresh() {
    const near = neighbourhood();
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, hidden: hiddenKinds.has(n.kind) || (near !== null && !near.has(n.id)) };
    }));
    edges.update(data.edges.map(function (e) { return { id: e.id, hidden: !edgeVisible(e, near) }; }));
    if (near) { network.fit({ nodes: Array.from(near), animation: { duration: 300 } }); }
  }
  document.querySelectorAll(".kind-toggle, .relation-toggle").forEach(function (box) {
    box.addEventListener("change", function () {
      const set = box.classList.contains("kind-toggle") ? hiddenKinds : hiddenRelations;
      if (box.checked) { set.delete(box.value); } else { set.add(box.value); }
      refresh();
    });
  });
  const depth = document.getElementById("focus-depth");
  if (depth) { depth.addEventListener("change", function () { focusDepth = +depth.value; refresh(); }); }
  const slider = document.getElementById("as-of");
  if (slider) {
    slider.addEventListener("input", function () {
      const all = +slider.value === +slider.max;
      year = all ? null : +slider.value;
      const label = all ? texts.as_of_all : String(year);
      document.getElementById("as-of-value").textContent = label;
      slider.setAttribute("aria-valuetext", label);
      refresh();
    });
  }

  // -- details panel --------------------------------------------------------------------------
  const details = document.getElementById("details");
  function sourceList(ids) {
    if (!ids || ids.length === 0) { return el("p", texts.no_sources, "muted"); }
    const list = el("ul", null, "sources");
    ids.forEach(function (sid) {
      const s = data.sources[sid];
      const item = el("li");
      if (!s) { item.textContent = sid; list.appendChild(item); return; }
      item.appendChild(el("cite", s.title));
      const meta = [s.publisher, s.date, s.url].filter(Boolean).join(" · ");
      if (meta) { item.appendChild(el("span", " – " + meta)); }
      list.appendChild(item);
    });
    return list;
  }
  function showDetails(id) {
    const n = byId.get(id);
    if (!details || !n) { return; }
    details.replaceChildren();
    details.appendChild(el("h2", n.label));
    const facts = el("dl");
    function fact(term, value) {
      if (!value || (Array.isArray(value) && value.length === 0)) { return; }
      facts.appendChild(el("dt", term));
      facts.appendChild(el("dd", Array.isArray(value) ? value.join(", ") : value));
    }
    fact(texts.kind, data.kind_labels[n.kind] + (n.type ? " (" + (texts["type_" + n.type] || n.type) + ")" : ""));
    fact(texts.region, n.region);
    fact(texts.aliases, n.aliases);
    fact(texts.topics, n.topics);
    fact(texts.note, n.note);
    details.appendChild(facts);
    details.appendChild(el("h3", texts.relations));
    const mine = data.edges.filter(function (e) { return e.from === id || e.to === id; });
    if (mine.length === 0) { details.appendChild(el("p", texts.no_relations, "muted")); }
    const list = el("ul", null, "relations");
    mine.forEach(function (e) {
      const item = el("li");
      const other = byId.get(e.from === id ? e.to : e.from);
      const verb = data.relation_labels[e.kind];
      const line = e.from === id ? verb + " → " : "← " + verb + " ";
      item.appendChild(el("span", line));
      const jump = el("button", other.label, "link");
      jump.type = "button";
      jump.addEventListener("click", function () { select(other.id, true); });
      item.appendChild(jump);
      const extra = ["form", "role", "since", "until", "programme", "period", "note"]
        .filter(function (k) { return e.details[k]; })
        .map(function (k) { return k === "form" ? texts["form_" + e.details[k]] || e.details[k] : e.details[k]; });
      if (e.label) { extra.unshift(e.label); }
      if (extra.length) { item.appendChild(el("span", " (" + extra.join(", ") + ")", "muted")); }
      const cite = el("div", texts.sources + ":", "cite-heading");
      item.appendChild(cite);
      item.appendChild(sourceList(e.sources));
      list.appendChild(item);
    });
    details.appendChild(list);
    details.appendChild(el("h3", texts.sources));
    details.appendChild(sourceList(n.sources));
  }
  function select(id, moveFocus) {
    focusId = id;
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 300 } });
    refresh();
    showDetails(id);
    if (moveFocus && details) { details.focus(); }
  }
  network.on("click", function (params) {
    if (params.nodes.length) { select(params.nodes[0], false); }
  });
  function showActorButton(button) {
    button.addEventListener("click", function () { select(button.dataset.id, true); container.scrollIntoView({ block: "nearest" }); });
  }
  document.querySelectorAll(".show-actor").forEach(showActorButton);
  const fill = document.getElementById("fill-table");
  if (fill) {
    // Large maps: the table rows are built on request, as text, from the same data.
    fill.addEventListener("click", function () {
      const body = document.querySelector("#actor-table tbody");
      data.nodes.slice().sort(function (a, b) { return a.label.localeCompare(b.label, "de"); }).forEach(function (n) {
        const row = document.createElement("tr");
        row.dataset.id = n.id; row.dataset.name = n.label; row.dataset.kind = data.kind_labels[n.kind];
        row.dataset.region = n.region || ""; row.dataset.degree = String(n.degree);
        const cell = el("td");
        const button = el("button", n.label, "link show-actor");
        button.type = "button"; button.dataset.id = n.id; showActorButton(button);
        cell.appendChild(button); row.appendChild(cell);
        [data.kind_labels[n.kind], n.region || "", String(n.degree)].forEach(function (v) { row.appendChild(el("td", v)); });
        body.appendChild(row);
      });
      fill.parentElement.remove();
    });
  }

  // -- search -----------------------------------------------------------------------------------
  function normalise(text) { return text.toLocaleLowerCase("de").normalize("NFKD").replace(/[\u0300-\u036f]/g, ""); }
  const form = document.getElementById("search-form");
  const input = document.getElementById("search");
  const status = document.getElementById("search-status");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const needle = normalise(input.value.trim());
    if (!needle) { return; }
    const hits = data.nodes.filter(function (n) {
      return normalise(n.label).includes(needle) || (n.aliases || []).some(function (a) { return normalise(a).includes(needle); });
    });
    hits.sort(function (a, b) { return (normalise(b.label) === needle) - (normalise(a.label) === needle); });
    if (hits.length === 0) { status.textContent = texts.no_match; return; }
    showHit(hits, 0);
  });
  function showHit(hits, chosen) {
    status.replaceChildren(el("span", texts.found + " " + hits[chosen].label));
    // More than one match: offer the others as buttons, so the visitor can pick the right one.
    hits.slice(0, 6).forEach(function (other, index) {
      if (index === chosen) { return; }
      const pick = el("button", other.label, "link other-hit");
      pick.type = "button";
      pick.addEventListener("click", function () { showHit(hits, index); });
      status.appendChild(document.createTextNode(" · "));
      status.appendChild(pick);
    });
    select(hits[chosen].id, false);
  }

  // -- table sorting ----------------------------------------------------------------------------
  const table = document.getElementById("actor-table");
  if (table) {
    table.querySelectorAll("th button").forEach(function (button) {
      button.addEventListener("click", function () {
        const th = button.parentElement;
        const ascending = th.getAttribute("aria-sort") !== "ascending";
        table.querySelectorAll("th").forEach(function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        const key = button.dataset.sort, numeric = button.dataset.numeric;
        const body = table.tBodies[0];
        const rows = Array.from(body.rows).sort(function (a, b) {
          const x = a.dataset[key], y = b.dataset[key];
          const order = numeric ? (+x) - (+y) : x.localeCompare(y, "de");
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  // -- downloads and the embed snippet ---------------------------------------------------------
  const png = document.getElementById("download-png");
  if (png) {
    png.addEventListener("click", function () {
      const canvas = container.querySelector("canvas");
      png.href = canvas.toDataURL("image/png");
    });
  }
  const snippet = document.getElementById("embed-snippet");
  if (snippet) {
    const frame = document.createElement("iframe");
    frame.setAttribute("src", window.location.origin + snippet.dataset.path);
    frame.setAttribute("title", snippet.dataset.title);
    frame.setAttribute("width", "800");
    frame.setAttribute("height", "600");
    frame.setAttribute("style", "border:0");
    frame.setAttribute("loading", "lazy");
    snippet.value = frame.outerHTML;
    document.getElementById("copy-snippet").addEventListener("click", function () {
      snippet.select();
      const done = function () { document.getElementById("copy-status").textContent = texts.copied; };
      if (navigator.clipboard) { navigator.clipboard.writeText(snippet.value).then(done, function () { document.execCommand("copy"); done(); }); }
      else { document.execCommand("copy"); done(); }
    });
  }
})();
