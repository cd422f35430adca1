"""The web surface: GraphQL, map pages, embeds, health. Only this package imports starlette or strawberry."""
