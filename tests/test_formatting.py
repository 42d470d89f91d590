"""The format stage gives black's output: ruff where the two agree, its own fixes and black where they do not.

Black itself is the oracle: each source is laid out the way the renderer could lay it out, including docstrings that
hold lines looking like the code the fixes rewrite (which must be left alone)."""

from __future__ import annotations

import black
import pytest
from clientgen import formatting, long_lines
from clientgen.formatting import format_files


def formatted(source: str) -> str:
    """The module formatted whole, after checking that formatting its long lines alone gives the same."""
    whole = format_files({"module.py": source})["module.py"]
    assert format_files({"module.py": source}, long_lines_only=True)["module.py"] == whole
    return whole

LONG = "A" * 40
UNION_PARAMETER = f"""
def make(
    *,
    first_parameter_with_a_long_name: {LONG}Model | {LONG}Other | None = None,
) -> None:
    \"\"\"Make one.

    Args:
        first_parameter_with_a_long_name: {LONG}Model | {LONG}Other | None = None, stays as it is,
    \"\"\"
"""
FITS_ALONE = "R" * 80  # too long after `    ) -> `, not on a line of its own in parentheses
LONG_RETURN = f"""
class Models:
    def a_method_with_a_rather_long_name(
        self, first: int, second: int
    ) -> {FITS_ALONE}:
        \"\"\"One.

        ) -> {LONG}AndAVeryLongReturnedModelNameInTheDocstring:
        \"\"\"
        raise NotImplementedError
"""
TOO_LONG_ALONE = f"""
class Models:
    def a_method_with_a_rather_long_name(
        self, first: int, second: int
    ) -> {LONG}{LONG}AndAVeryLongReturnedModelName:
        raise NotImplementedError
"""
DOTTED_RETURN = f"""
\"\"\"A module whose docstring's first line is longer than a line of code may be, which black leaves as it is.\"\"\"


class Client:
    @cached_property
    def a_group_of_operations(
        self,
    ) -> _api.a_module_of_operations.{LONG}AndAVeryLongClassName:
        return 1
"""
QUOTED_UNION = f"""
def make(
    *,
    a_parameter_with_a_long_name: Literal['a "quote', "{LONG}"] | None = None,
) -> None:
    pass
"""
TRIPLE_QUOTES_IN_CODE = f"""
def make() -> None:
    \"\"\"Make one.\"\"\"
    value = call_something_with_a_long_name('\"\"\"', first_argument_with_a_long_name, "{LONG}")
    \"\"\"
    other = call_something_with_a_long_name(first_argument_with_a_long_name, second_argument, third)
    \"\"\"
"""
LONG_RETURN_NOT_A_NAME = f"""
def a_function_with_a_rather_long_name(first: int) -> dict[str, {LONG}AndAVeryLongReturnedModel]:
    raise NotImplementedError
"""
CONDITIONAL = f"""
def pick(flag: bool) -> None:
    call_something(first_argument_value if flag else second_argument_value_{LONG}, other)
"""
ESCAPED_QUOTE = f"""
def quoted() -> None:
    \"\"\"Ends with a quote: \\"\"\"\"
    value: {LONG}Model | {LONG}Other | {LONG}Third | None = None
"""
DOCSTRING_ONLY = f"""
def described() -> None:
    \"\"\"A docstring with lines that look like code.

    first_parameter_with_a_long_name: {LONG}Model | {LONG}Other | None = None,
        | {LONG}Model
    else {LONG}
    ) -> {LONG}AndAVeryLongReturnedModelName:
    \"\"\"
"""


@pytest.mark.parametrize(
    "source",
    [
        UNION_PARAMETER, QUOTED_UNION, LONG_RETURN, TOO_LONG_ALONE, DOTTED_RETURN, LONG_RETURN_NOT_A_NAME,
        CONDITIONAL, ESCAPED_QUOTE, TRIPLE_QUOTES_IN_CODE, DOCSTRING_ONLY,
    ],
    ids=[
        "union-parameter", "quoted-union", "long-return", "too-long-alone", "dotted-return", "long-return-not-a-name",
        "conditional", "escaped-quote", "triple-quotes-in-code", "docstring",
    ],
)
def test_the_output_is_what_black_makes_of_it(source: str) -> None:
    mode = black.Mode(target_versions={black.mode.TargetVersion.PY310}, line_length=88)
    expected = black.format_str(source.lstrip(), mode=mode)
    assert formatted(source.lstrip()) == expected


def test_lines_in_docstrings_are_left_as_they_are() -> None:
    source = DOCSTRING_ONLY.lstrip()
    assert formatted(source) == source


# Long lines as the templates make them, each where it can stand: what ruff formats alone with its context
# (`long_lines.py`) must come out as black lays out the whole module.
IN_CONTEXT = f"""
from __future__ import annotations

from .a_module_with_a_rather_long_name_for_its_models import {LONG}ModelWithAName as Alias


class Model:
    __slots__ = ("first_field_with_a_long_name", "second_field_with_a_long_name", "third_one")

    def __init__(
        self,
        *,
        first_field_with_a_long_name: dict[str, list[{LONG}Model]] | None = None,
        second: int = 0,
    ) -> None:
        self.first_field_with_a_long_name_that_is_long = first_field_with_a_long_name_that_is_long
        self.second = second

    @classmethod
    def from_dict(cls, data: Any, where: str = "{LONG}Model") -> {LONG}Model:
        if "first_field_with_a_long_name" in data:
            first = serde.list_of_models(data["first_field_with_a_long_name"], where, "first", {LONG}.from_dict)
        out: dict[str, Any] = {{
            "first_field_with_a_long_name": serde.dump(self.first_field_with_a_long_name, request),
            "a_second_entry_with_a_long_name_and_a_long_value_too": "a long string value",
        }}
        call_something(
            first_argument,
            {{
                "nested_entry_with_a_long_name": serde.dump(self.first_field_with_a_long_name, request),
            }},
        )
        return cls(first_field_with_a_long_name=first_field_with_a_long_name, second=second_value)


async def fetch(client: Client) -> None:
    response = await client.request_something_long("GET", "/a/long/path/{{with}}/{{parameters}}", params)
    for item_with_a_long_name in response.items_with_a_long_name_too(first_argument, second_argument):
        yield item_with_a_long_name.to_dict(request=True, with_a_long_keyword_argument=True)


class {LONG}Dict(_{LONG}DictRequired, total=False):
    pass
"""
NOT_ALONE = f"""
def pick(flag: bool) -> int:
    if flag:
        return 1
    elif flag_with_a_long_name and another_flag_with_a_long_name and a_third_flag_with_a_long_name:
        return 2
    return 3


@decorator_with_a_long_name(first_argument_with_a_long_name, second_argument_with_a_long_name_too)
def decorated() -> None:
    pass
"""


@pytest.mark.parametrize("source", [IN_CONTEXT, NOT_ALONE], ids=["in-context", "not-alone"])
def test_long_lines_formatted_alone_come_out_as_black_lays_out_the_module(source: str) -> None:
    mode = black.Mode(target_versions={black.mode.TargetVersion.PY310}, line_length=88)
    expected = black.format_str(source.lstrip(), mode=mode)
    assert formatted(source.lstrip()) == expected


def test_a_module_is_formatted_by_its_long_lines_where_they_can_be_taken_apart() -> None:
    """The snippets cover every long line of the module above, and the module needs no other change: black's
    output differs from it in those lines only."""
    found = long_lines.snippets(IN_CONTEXT.lstrip())
    assert found is not None
    lines, snippets = found
    assert [lines[s.index] for s in snippets] == [
        line for line in IN_CONTEXT.lstrip().split("\n") if len(line) > 88 and not line.lstrip().startswith('"a_')
    ]
    assert long_lines.snippets(NOT_ALONE.lstrip()) is None  # `elif` and a decorator cannot stand alone


@pytest.mark.parametrize("source", [LONG_RETURN, TOO_LONG_ALONE, DOTTED_RETURN], ids=["fits", "too-long", "dotted"])
def test_long_return_annotations_need_no_black(source: str) -> None:
    """Black is a hundred times slower than ruff: where ruff's output can be given black's layout (or already has
    it), nothing is left for black."""
    ruff = formatting._ruff_binary()
    assert ruff is not None
    for by_lines in (False, True):
        prepared = {"module.py": source.lstrip()}
        if by_lines:
            _, differing = formatting._with_ruff_by_lines(prepared, ruff)
        else:
            ruffed = formatting._with_ruff(prepared, ruff)
            out = {rel: formatting._parenthesize_long_returns(text) for rel, text in ruffed.items()}
            differing = [rel for rel, text in out.items() if formatting._ruff_may_differ(text)]
        assert differing == []


def test_the_snippets_of_a_batch_formatted_at_once_go_back_to_their_own_modules() -> None:
    """`_with_ruff_at_once` formats the snippets of many modules as one module through a pipe: each module gets its
    own snippets back, as ruff formats them when each module is a file of its own."""
    ruff = formatting._ruff_binary()
    assert ruff is not None, "ruff is a dependency of the tests"
    sources = {
        "pkg/a.py": "def f(\n    x: int,\n) -> None:\n    return call_with_a_long_name(first_argument_value, second_argument_value, third_value)\n",
        "pkg/b.py": "x = {'key': 1}\n",  # nothing long: the module is not cut
        "pkg/c.py": (
            "class C:\n    def g(self) -> None:\n"
            "        self.value = some_function(argument_number_one, argument_number_two, argument_three, four)\n"
            "        other = [element_one, element_two, element_three, element_four, element_five, element_six]\n"
        ),
    }
    cut = {rel: parts for rel, text in sources.items() if (parts := long_lines.snippets(text)) and parts[1]}
    assert sorted(cut) == ["pkg/a.py", "pkg/c.py"] and len(cut["pkg/c.py"][1]) == 2
    modules = {rel: long_lines.synthetic(*parts) for rel, parts in cut.items()}
    at_once = formatting._with_ruff_at_once(modules, ruff)
    one_by_one = formatting._with_ruff(modules, ruff)  # a file each, in a folder given to ruff
    assert list(at_once) == list(modules)
    for rel in modules:
        assert long_lines.splice(*cut[rel], at_once[rel]) == long_lines.splice(*cut[rel], one_by_one[rel]) is not None
    assert "some_function(\n" in at_once["pkg/c.py"] and "call_with_a_long_name(\n" in at_once["pkg/a.py"]
