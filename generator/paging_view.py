"""What the tag modules write for a paginated operation (`ir.Pagination`): its page types and its `pg.Paging`."""

from __future__ import annotations

from dataclasses import dataclass

from . import ir
from .code import Uses
from .naming import Names
from .pysource import string
from .pytypes import PyTypes


@dataclass
class PagingView:
    paging: str  # the `pg.Paging(...)` expression
    sync_returns: str  # the annotation of the sync method's result
    async_returns: str
    uses: Uses  # what the annotations name (the item's model)


def paging_view(op: ir.Operation, names: Names, ann: PyTypes, returns: str) -> PagingView | None:
    """The page types and the runtime description of the operation's pagination; None when it does not page."""
    page = op.pagination
    if page is None:
        return None
    item_type = ann.annotation(page.item)
    item = item_type.text

    def attrs(path: ir.FieldPath) -> str:
        return "(" + "".join(string(names.field_attr[step]) + ", " for step in path) + ")"

    args = [string(page.kind)]
    for key, path in (("items", page.items), ("next", page.next), ("has_more", page.has_more),
                      ("total", page.total), ("total_pages", page.total_pages)):
        if path:
            args.append(f"{key}={attrs(path)}")
    for key, value in (("param", page.param), ("size_param", page.size_param), ("before_param", page.before_param)):
        if value:
            args.append(f"{key}={string(value)}")
    if page.item_id:
        args.append(f"item_id={string(names.field_attr[page.item_id[0]])}")
    return PagingView(
        paging=f"pg.Paging({', '.join(args)})",
        sync_returns=f"pg.SyncPage[{item}, {returns}]",
        async_returns=f"pg.AsyncPager[{item}, {returns}]",
        uses=item_type.uses,
    )


def paging_doc(page: ir.Pagination) -> str:
    """The docstring's paragraph about the page the method returns."""
    how = {
        "link": "the next page is the response's `Link: rel=\"next\"`",
        "cursor": f"each next page starts after the last item (`{page.param}`)",
        "token": f"each next page is asked for with the token of the one before (`{page.param}`)",
        "offset": f"each next page starts where the last ended (`{page.param}`)",
        "page": f"each next page has the next number (`{page.param}`)",
    }[page.kind]
    return (
        "Returns a page: iterating it yields the items of this page and of every page after it, each fetched when "
        f"the iteration reaches it; {how}. `.items`, `.response`, `.has_next_page()`, `.get_next_page()`, "
        "`.iter_pages()`."
    )
