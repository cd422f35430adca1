"""Questions asked of the graph, one module per question; pure functions over a store or a
networkx graph."""
