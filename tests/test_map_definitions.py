from __future__ import annotations

import pytest

from netmap.errors import NotFoundError, ValidationError
from netmap.maps.definitions import DEMO_MAP, delete_map, find_map, get_map, list_maps, save_map, validate_map
from netmap.maps.layout import LayoutCache, compute_positions
from netmap.maps.render import in_force, map_data, select
from netmap.maps.sizing import MAX_SIZE, MIN_SIZE, node_sizes
from netmap.model import Relation
from netmap.store.base import PUBLIC, GraphStore


def test_valid_definition_round_trips_through_the_store(store: GraphStore) -> None:
    definition = validate_map(
        {
            "slug": "siegen",
            "title_de": "Siegen",
            "regions": ["Kreis Siegen-Wittgenstein"],
            "kinds": ["Organisation", "Project"],
            "relation_kinds": "COOPERATES_WITH,RUNS",
            "as_of": "2022-06",
            "public": True,
            "embed_sites": ["https://www.example.org/", "http://localhost:*"],
        }
    )
    assert definition.relation_kinds == ("COOPERATES_WITH", "RUNS")
    assert definition.embed_sites == ("https://www.example.org", "http://localhost:*")
    save_map(store, definition)
    assert find_map(store, "siegen") == definition
    assert [m.slug for m in list_maps(store)] == ["demo", "siegen"]
    delete_map(store, "siegen")
    assert find_map(store, "siegen") is None
    with pytest.raises(NotFoundError):
        delete_map(store, "siegen")
    with pytest.raises(NotFoundError):
        get_map(store, "siegen")


def test_demo_map_applies_until_one_is_saved(store: GraphStore) -> None:
    assert get_map(store, "demo") == DEMO_MAP and DEMO_MAP.public
    own = validate_map({"slug": "demo", "title_de": "Eigene Demo", "public": False})
    save_map(store, own)
    assert get_map(store, "demo") == own


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"slug": "Grosse Karte", "title_de": "x"}, "slug"),
        ({"slug": "a", "title_de": ""}, "title_de"),
        ({"slug": "a", "title_de": "x", "kinds": ["Verein"]}, "kinds"),
        ({"slug": "a", "title_de": "x", "relation_kinds": ["LIKES"]}, "relation_kinds"),
        ({"slug": "a", "title_de": "x", "as_of": "22.06.2022"}, "as_of"),
        ({"slug": "a", "title_de": "x", "metric": "beauty"}, "metric"),
        ({"slug": "a", "title_de": "x", "public": "yes"}, "public"),
        ({"slug": "a", "title_de": "x", "embed_sites": ["https://a.org/path"]}, "embed_sites"),
        ({"slug": "a", "title_de": "x", "embed_sites": ["https://a.org; script-src *"]}, "embed_sites"),
        ({"slug": "a", "title_de": "x", "colour": "red"}, "colour"),
    ],
)
def test_bad_definitions_name_the_field_and_what_is_allowed(data: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_map(data)
    assert caught.value.field == field
    assert "Allowed:" in str(caught.value)


def test_in_force_compares_at_the_precision_both_dates_have() -> None:
    rel = Relation(
        id="r", kind="COOPERATES_WITH", from_id="a", to_id="b", properties={"since": "2021", "until": "2022-06"}
    )
    assert in_force(rel, "2021-01-15") and in_force(rel, "2022") and in_force(rel, "2022-06-30")
    assert not in_force(rel, "2020-12-31") and not in_force(rel, "2022-07")


def test_selection_filters_kinds_regions_relations_and_date(graph_store: GraphStore) -> None:
    definition = validate_map(
        {
            "slug": "m",
            "title_de": "M",
            "kinds": ["Organisation"],
            "relation_kinds": ["COOPERATES_WITH"],
            "as_of": "2020",
        }
    )
    chosen = select(graph_store, definition, PUBLIC)
    assert chosen.node_ids == {"org-caritas", "org-awo", "org-jobcenter"}
    # caritas–awo holds since 2021, so as of 2020 only jobcenter–awo (no dates) remains
    assert [{r.from_id, r.to_id} for r in chosen.relations] == [{"org-jobcenter", "org-awo"}]
    everyone = select(graph_store, validate_map({"slug": "m", "title_de": "M"}), None)
    assert "person-erika" in everyone.node_ids and "org-geheim" in everyone.node_ids


def test_sizes_grow_with_degree(graph_store: GraphStore) -> None:
    graph = select(graph_store, DEMO_MAP, PUBLIC).graph
    sizes = node_sizes(graph, "degree")
    assert sizes["org-awo"] == MAX_SIZE  # the best connected public actor
    assert min(sizes.values()) == MIN_SIZE
    assert sizes["org-awo"] > sizes["org-jobcenter"]


def test_map_data_labels_funding_and_lists_cited_sources(graph_store: GraphStore) -> None:
    data = map_data(graph_store, DEMO_MAP, PUBLIC)
    funds = next(e for e in data["edges"] if e["kind"] == "FUNDS")
    assert funds["label"] == "50\u2009000 EUR" and funds["arrows"] == "to"
    assert set(data["sources"]) == {"doc-1", "doc-2"}
    assert not data["positioned"] and all("x" not in n for n in data["nodes"])
    positioned = map_data(graph_store, DEMO_MAP, PUBLIC, layout_above=2)
    assert positioned["positioned"] and all("x" in n and "y" in n for n in positioned["nodes"])


def test_layout_places_every_node_apart_and_is_cached(graph_store: GraphStore) -> None:
    graph = select(graph_store, DEMO_MAP, None).graph
    positions = compute_positions(graph)
    assert set(positions) == set(graph.nodes)
    assert len(set(positions.values())) == len(positions)
    cache = LayoutCache(size=1)
    first = cache.positions(("k", 1), graph)
    assert cache.positions(("k", 1), graph) is first
    cache.positions(("k", 2), graph)
    assert cache.positions(("k", 1), graph) is not first  # evicted, computed again


def test_layout_threshold_setting() -> None:
    from netmap.errors import ConfigError
    from netmap.settings import Settings

    assert Settings.from_env({}).map_layout_above == 300
    assert Settings.from_env({"NETMAP_MAP_LAYOUT_ABOVE": "50"}).map_layout_above == 50
    with pytest.raises(ConfigError, match="NETMAP_MAP_LAYOUT_ABOVE"):
        Settings.from_env({"NETMAP_MAP_LAYOUT_ABOVE": "many"})
