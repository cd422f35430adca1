"""Network analysis for coordinators, one module per question.

    subgraph.py     which part of the network to analyse (region, kinds, relation kinds, date, visibility)
    compiled.py     the compiled libraries behind the functions (rustworkx, networkit, scipy)
    centrality.py   who is central: degree, betweenness, closeness, eigenvector, PageRank
    brokerage.py    who brokers: Burt's constraint and effective size, articulation points, bridges
    cohesion.py     which groups form: communities, connected parts, isolates
    funding.py      who hangs on one funder; funding that ends soon
    suggestions.py  who should meet whom, with the reason in words
    cache.py        results kept per store revision, filter and metric
    flows.py        who funds whom in a time window, totals by funder, recipient and year
    paths.py        the neighbourhood of an actor and the shortest chain between two

Every function is pure: a networkx graph (or a store, for flows and paths) in, a result out. The networkx graph is netmap's
model; the compiled libraries only do the arithmetic.
"""
