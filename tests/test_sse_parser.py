"""The event-stream parser of the generated clients (`templates/static/_streaming.py`) against the WHATWG rules.

The expectations are written from the text of the HTML standard, section 9.2.6 "Interpreting an event stream"
(its own examples first), not from the parser. Every stream is also fed in every split into two pieces and one
byte at a time: the events must not depend on where the network cut the bytes.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import SPECS, generate, import_fresh


@pytest.fixture(scope="module")
def sse(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("sse_parser")
    generate(SPECS / "streaming" / "events.yaml", out, "sse_parser_client")
    import_fresh(out, "sse_parser_client")
    return sys.modules["sse_parser_client._streaming"]


def _events(sse: ModuleType, data: bytes, strict: bool = False) -> list[tuple[str, str, str, int | None]]:
    decoder = sse.SSEDecoder(dispatch_incomplete=not strict)
    found = decoder.feed(data) + decoder.end()
    return [(e.event, e.data, e.id, e.retry) for e in found]


def _all_splits(sse: ModuleType, data: bytes, strict: bool = False) -> list[tuple[str, str, str, int | None]]:
    """The events of `data`, checked to be the same for every way of cutting it into two pieces, and bytewise."""
    whole = _events(sse, data, strict)
    for cut in range(len(data) + 1):
        decoder = sse.SSEDecoder(dispatch_incomplete=not strict)
        found = decoder.feed(data[:cut]) + decoder.feed(data[cut:]) + decoder.end()
        assert [(e.event, e.data, e.id, e.retry) for e in found] == whole, f"cut at {cut}"
    decoder = sse.SSEDecoder(dispatch_incomplete=not strict)
    found = [e for i in range(len(data)) for e in decoder.feed(data[i : i + 1])] + decoder.end()
    assert [(e.event, e.data, e.id, e.retry) for e in found] == whole, "byte by byte"
    return whole


# ---------------------------------------------------------------- the standard's own examples


def test_multi_line_data_is_joined_with_line_feeds(sse: ModuleType) -> None:
    # "would cause an event message with the interface MessageEvent to be dispatched ... data YHOO\n+2\n10"
    assert _all_splits(sse, b"data: YHOO\ndata: +2\ndata: 10\n\n") == [("message", "YHOO\n+2\n10", "", None)]


def test_comments_ids_and_the_space_after_the_colon(sse: ModuleType) -> None:
    stream = b": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n"
    # Strictly: the first has last event ID "1", the second (after a bare `id`) "", and the third is not
    # dispatched ("not followed by a blank line"). Its data would keep one of its two spaces.
    assert _all_splits(sse, stream, strict=True) == [
        ("message", "first event", "1", None),
        ("message", "second event", "", None),
    ]
    # Our one difference: a body that ends cleanly dispatches its last event.
    assert _all_splits(sse, stream)[-1] == ("message", " third event", "", None)


def test_empty_data_lines(sse: ModuleType) -> None:
    # "The first block fires events with the data set to the empty string ... The middle block fires an event with
    # the data set to a single newline character. The last block is discarded because it is not followed by a
    # blank line."
    stream = b"data\n\ndata\ndata\n\ndata:"
    assert _all_splits(sse, stream, strict=True) == [("message", "", "", None), ("message", "\n", "", None)]
    assert _all_splits(sse, stream) == [
        ("message", "", "", None),
        ("message", "\n", "", None),
        ("message", "", "", None),
    ]


def test_a_space_after_the_colon_is_optional(sse: ModuleType) -> None:
    # "The following stream fires two identical events"
    assert _all_splits(sse, b"data:test\n\ndata: test\n\n") == [("message", "test", "", None)] * 2


# ---------------------------------------------------------------- line endings, BOM, encoding


@pytest.mark.parametrize("eol", [b"\n", b"\r\n", b"\r"])
def test_every_line_ending(sse: ModuleType, eol: bytes) -> None:
    stream = eol.join([b"event: add", b"data: 1", b"data: 2", b"", b"data: 3", b"", b""])
    assert _all_splits(sse, stream, strict=True) == [("add", "1\n2", "", None), ("message", "3", "", None)]


def test_mixed_line_endings_and_a_crlf_split_between_reads(sse: ModuleType) -> None:
    # CR then LF is one line ending, also when the LF comes in the next read (_all_splits cuts between them);
    # CR CR is two (an empty line: a dispatch).
    stream = b"data: a\r\ndata: b\r\rdata: c\n\r\n"
    assert _all_splits(sse, stream, strict=True) == [("message", "a\nb", "", None), ("message", "c", "", None)]


def test_a_leading_byte_order_mark_is_dropped_once(sse: ModuleType) -> None:
    bom = "\ufeff".encode()
    assert _all_splits(sse, bom + b"data: x\n\n") == [("message", "x", "", None)]
    # A second BOM is not at the start of the stream: it is part of the field name, which is then unknown.
    assert _all_splits(sse, bom + bom + b"data: x\n\ndata: y\n\n") == [("message", "y", "", None)]


def test_utf8_split_between_reads_and_invalid_bytes(sse: ModuleType) -> None:
    assert _all_splits(sse, "data: héllo ✓\n\n".encode()) == [("message", "héllo ✓", "", None)]
    # Invalid UTF-8 is decoded with replacement characters, as the standard's "UTF-8 decode" does.
    assert _events(sse, b"data: a\xffb\n\n") == [("message", "a\ufffdb", "", None)]


# ---------------------------------------------------------------- fields


def test_fields_without_a_colon_and_unknown_fields(sse: ModuleType) -> None:
    # A line without a colon is a field whose value is empty; unknown fields (and `Data`, case matters) are ignored.
    stream = b"data\nfoo: bar\nData: no\nevent\ndata: x\n\n"
    assert _all_splits(sse, stream) == [("message", "\nx", "", None)]


def test_event_type_resets_after_each_dispatch_and_blocks_without_data(sse: ModuleType) -> None:
    # A block with no data dispatches nothing, and its event type does not leak into the next event.
    stream = b"event: ping\n\nevent: add\ndata: 1\n\ndata: 2\n\n"
    assert _all_splits(sse, stream) == [("add", "1", "", None), ("message", "2", "", None)]


def test_last_event_id_carries_over_and_nul_ids_are_ignored(sse: ModuleType) -> None:
    stream = b"id: 7\ndata: a\n\ndata: b\n\nid: 8\0x\ndata: c\n\nid:\ndata: d\n\n"
    assert [e[2] for e in _all_splits(sse, stream)] == ["7", "7", "7", ""]
    decoder = sse.SSEDecoder()
    decoder.feed(b"id: 41\n\n")  # an id in a block without data still sets the last event ID
    assert decoder.last_event_id == "41"
    assert [e.id for e in decoder.feed(b"data: z\n\n")] == ["41"]


def test_retry_takes_only_ascii_digits(sse: ModuleType) -> None:
    stream = b"retry: 1500\ndata: a\n\nretry: 10a\ndata: b\n\nretry: -1\nretry:\nretry: \xd9\xa3\ndata: c\n\n"
    # "If the field value consists of only ASCII digits ... Otherwise, ignore the field." (U+0663 is a digit, not
    # an ASCII one.) Each event's `retry` is what its own lines set.
    assert [e[3] for e in _all_splits(sse, stream)] == [1500, None, None]
    decoder = sse.SSEDecoder()
    decoder.feed(b"retry: 3000\n\n")  # set by a block without data too
    assert decoder.retry == 3000


def test_only_one_space_is_removed_and_colons_in_values_stay(sse: ModuleType) -> None:
    assert _all_splits(sse, b'data:   {"a": "b:c"}\n\n') == [("message", '  {"a": "b:c"}', "", None)]


def test_an_incomplete_line_at_the_end(sse: ModuleType) -> None:
    # No line ending at all after the last line: strictly dropped; kept by the clean-end rule.
    assert _events(sse, b"data: a\n\ndata: b", strict=True) == [("message", "a", "", None)]
    assert _all_splits(sse, b"data: a\n\ndata: b") == [("message", "a", "", None), ("message", "b", "", None)]
    # A stream that is only comments, blank lines and a trailing CR dispatches nothing.
    assert _all_splits(sse, b": hi\n\n\n: there\r") == []


@pytest.mark.parametrize("bytewise", [False, True])
def test_the_size_limit_counts_the_event_being_read(sse: ModuleType, bytewise: bool) -> None:
    # The limit bounds what one event holds while it is read: its data so far and the line being read.
    def feed(decoder: object, data: bytes) -> list[str]:
        pieces = [data[i : i + 1] for i in range(len(data))] if bytewise else [data]
        return [e.data for piece in pieces for e in decoder.feed(piece)]  # type: ignore[attr-defined]

    decoder = sse.SSEDecoder(limit=12)
    assert feed(decoder, b"data: 12345\n\ndata: 67890\n\n") == ["12345", "67890"]
    with pytest.raises(sse.EventTooLarge):
        feed(decoder, b"data: 12345\ndata: 67890\n")  # one event of two lines: 6 + 11 characters
    with pytest.raises(sse.EventTooLarge):
        feed(sse.SSEDecoder(limit=12), b": " + b"x" * 11)  # a line that never ends (a comment, even)


def test_the_runtime_file_is_the_one_the_package_carries(sse: ModuleType) -> None:
    # The module under test is the generated copy; it must be the template byte for byte.
    source = Path(__file__).resolve().parent.parent / "templates" / "static" / "_streaming.py"
    spec = importlib.util.find_spec(sse.__name__)
    assert spec is not None and spec.origin is not None
    assert Path(spec.origin).read_bytes() == source.read_bytes()
