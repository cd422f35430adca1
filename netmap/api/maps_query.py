"""GraphQL fields for saved maps: anonymous callers read public maps, token holders read all,
editors write."""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from netmap.api.context import Context
from netmap.api.permissions import allowed
from netmap.api.results import Forbidden, NotFound, ValidationProblem, forbidden, problem_of
from netmap.errors import NetmapError, NotFoundError
from netmap.maps.definitions import MapDefinition, delete_map, find_map, list_maps, save_map, validate_map


@strawberry.type(name="Map", description="A saved map: /maps/{slug}, and /embed/{slug} when public.")
class MapType:
    slug: str
    title_de: str
    title_en: str
    regions: list[str]
    kinds: list[str]
    relation_kinds: list[str]
    as_of: str
    metric: str
    public: bool
    embed_sites: list[str] = strawberry.field(description="Websites allowed to embed the map (frame-ancestors).")

    @classmethod
    def of(cls, m: MapDefinition) -> MapType:
        return cls(
            slug=m.slug,
            title_de=m.title_de,
            title_en=m.title_en,
            regions=list(m.regions),
            kinds=list(m.kinds),
            relation_kinds=list(m.relation_kinds),
            as_of=m.as_of,
            metric=m.metric,
            public=m.public,
            embed_sites=list(m.embed_sites),
        )


@strawberry.input(description="A map definition; empty lists mean 'all'.")
class MapInput:
    slug: str
    title_de: str
    title_en: str = ""
    regions: list[str] = strawberry.field(default_factory=list)
    kinds: list[str] = strawberry.field(default_factory=list)
    relation_kinds: list[str] = strawberry.field(default_factory=list)
    as_of: str = ""
    metric: str = "degree"
    public: bool = False
    embed_sites: list[str] = strawberry.field(default_factory=list)


@strawberry.type
class MapSaved:
    map: MapType


@strawberry.type
class MapDeleted:
    slug: str


SaveMapResult = Annotated[MapSaved | ValidationProblem | Forbidden, strawberry.union("SaveMapResult")]
DeleteMapResult = Annotated[MapDeleted | NotFound | Forbidden, strawberry.union("DeleteMapResult")]


@strawberry.type
class MapsQuery:
    @strawberry.field(description="Saved maps: the public ones without a token, all of them with one.")
    def maps(self, info: Info[Context, None]) -> list[MapType]:
        reader = allowed(info, "reader")
        return [MapType.of(m) for m in list_maps(info.context.store) if reader or m.public]

    @strawberry.field(description="One saved map by slug (null if none, or not public and you sent no token).")
    def map(self, info: Info[Context, None], slug: str) -> MapType | None:
        found = find_map(info.context.store, slug)
        if found is None or not (found.public or allowed(info, "reader")):
            return None
        return MapType.of(found)


@strawberry.type
class MapsMutation:
    @strawberry.mutation(description="Create a map, or replace the one with the same slug (editors).")
    def save_map(self, info: Info[Context, None], map: MapInput) -> SaveMapResult:
        if not allowed(info, "editor"):
            return forbidden("editor")
        try:
            definition = validate_map(vars(map))
        except NetmapError as err:
            problem = problem_of(err)
            assert isinstance(problem, ValidationProblem)
            return problem
        return MapSaved(map=MapType.of(save_map(info.context.store, definition)))

    @strawberry.mutation(description="Delete a saved map (editors).")
    def delete_map(self, info: Info[Context, None], slug: str) -> DeleteMapResult:
        if not allowed(info, "editor"):
            return forbidden("editor")
        try:
            delete_map(info.context.store, slug)
        except NotFoundError as err:
            return NotFound(id=err.ident, message=str(err))
        return MapDeleted(slug=slug)
