"""soket: Vietnamese review reports to verifiable structured data, and back into reports."""

from soket.errors import SoketError

__version__ = "0.1.0"
__all__ = ["SoketError", "__version__"]
