// A minimal GraphQL console served by netmap itself (GraphiQL would load its code from a CDN).
"use strict";
document.getElementById("run").addEventListener("click", async function () {
  const result = document.getElementById("result");
  let variables = {};
  try { variables = JSON.parse(document.getElementById("variables").value || "{}"); }
  catch (err) { result.textContent = "Variables: " + err.message; return; }
  const response = await fetch(window.location.pathname, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Accept": "application/json" },
    body: JSON.stringify({ query: document.getElementById("query").value, variables: variables }),
  });
  result.textContent = JSON.stringify(await response.json(), null, 2);
});
