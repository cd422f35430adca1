"""Drawing maps of the network with vis-network (the build pyvis ships)."""
