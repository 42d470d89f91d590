"""The format stage gives black's output: ruff where the two agree, its own fixes and black where they do not.

Black itself is the oracle: each source is laid out the way the renderer could lay it out, including docstrings that
hold lines looking like the code the fixes rewrite (which must be left alone)."""

from __future__ import annotations

import black
import pytest

from clientgen.formatting import format_files

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
    [UNION_PARAMETER, LONG_RETURN, TOO_LONG_ALONE, LONG_RETURN_NOT_A_NAME, CONDITIONAL, ESCAPED_QUOTE, DOCSTRING_ONLY],
    ids=[
        "union-parameter", "long-return", "too-long-alone", "long-return-not-a-name", "conditional", "escaped-quote",
        "docstring",
    ],
)
def test_the_output_is_what_black_makes_of_it(source: str) -> None:
    mode = black.Mode(target_versions={black.mode.TargetVersion.PY310}, line_length=88)
    expected = black.format_str(source.lstrip(), mode=mode)
    assert format_files({"module.py": source.lstrip()})["module.py"] == expected


def test_lines_in_docstrings_are_left_as_they_are() -> None:
    source = DOCSTRING_ONLY.lstrip()
    assert format_files({"module.py": source})["module.py"] == source
