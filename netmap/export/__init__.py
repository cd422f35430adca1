"""Getting the graph out of a store."""
