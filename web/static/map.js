// Draws a netmap map with vis-network. Names are user data: they go into the page as text only.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("map-data").textContent);
  const texts = JSON.parse(document.getElementById("map-texts").textContent);
  const container = document.getElementById("network");
  const nodes = new vis.DataSet(data.nodes.map(function (n) {
    return {
      id: n.id, label: n.label, title: n.title, color: n.color, size: n.size,
      shape: "dot", font: { size: 12 },
      x: n.x, y: n.y,
    };
  }));
  const edges = new vis.DataSet(data.edges);
  const positioned = data.nodes.length > 0 && data.nodes.every(function (n) { return n.x !== undefined; });
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: positioned ? false : { stabilization: { iterations: 200 }, barnesHut: { gravitationalConstant: -4000, springLength: 120 } },
    interaction: { hover: true, keyboard: true, tooltipDelay: 150 },
    edges: { smooth: false },
  });
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); });
  window.netmapNetwork = network;

  function normalise(text) { return text.toLocaleLowerCase("de").normalize("NFKD").replace(/[\u0300-\u036f]/g, ""); }
  const form = document.getElementById("search-form");
  const input = document.getElementById("search");
  const status = document.getElementById("search-status");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const needle = normalise(input.value.trim());
    if (!needle) { return; }
    const hit = data.nodes.find(function (n) {
      return normalise(n.label).includes(needle) || (n.aliases || []).some(function (a) { return normalise(a).includes(needle); });
    });
    if (!hit) { status.textContent = texts.no_match; return; }
    status.textContent = hit.label;
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.4, animation: { duration: 400 } });
  });
})();
