"""One root for every error soket raises on purpose, with a stable code per kind."""

from __future__ import annotations


class SoketError(Exception):
    """Root of soket's errors. ``code`` is stable and machine readable."""

    code = "soket_error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(SoketError):
    """The input cannot be read as a report (encoding, format, size, emptiness). Its message is one
    line, whatever a library's wrapped exception said (OpenCV's end in a newline, tracebacks hold
    several): a refusal is one line per input."""

    code = "input_error"

    def __init__(self, message: str, *, path: str | None = None) -> None:
        if "\n" in message or "\r" in message:
            message = " ".join(message.split())
        super().__init__(message, path=path)


class EncodingError(InputError):
    code = "encoding_error"


class UnsupportedFormatError(InputError):
    code = "unsupported_format"


class NeedsOCRError(InputError):
    code = "needs_ocr"


class LimitExceededError(InputError):
    code = "limit_exceeded"


class ConfigError(SoketError):
    code = "config_error"

