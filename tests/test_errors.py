"""Every refusal of an input is one line, even when it wraps a library's multi-line message."""

from __future__ import annotations

from soket.errors import InputError, LimitExceededError


def test_input_error_wrapping_a_multi_line_library_message_is_one_line() -> None:
    cv = "OpenCV(4.10.0) alloc.cpp:73: error: (-4:Insufficient memory) Failed to allocate 8699904 bytes\n"
    e = InputError(f"cannot read a PDF document by OCR: error: {cv}", path="scan.pdf")
    assert str(e) == ("scan.pdf: cannot read a PDF document by OCR: error: OpenCV(4.10.0) alloc.cpp:73: "
                      "error: (-4:Insufficient memory) Failed to allocate 8699904 bytes")
    assert "\n" not in str(LimitExceededError("over\r\nthe budget"))
    assert InputError("a  message   kept as written").message == "a  message   kept as written"
