"""Reading: files in any format a plan arrives in → text the parser reads.

Each format has one reader (see `registry`); `read_file` picks the best one
for a file by its content and extension and returns a `ReadResult`.
"""

from kehoach.reading.base import Reader, ReadError, ReadOptions, ReadResult
from kehoach.reading.registry import read_file, readers

__all__ = ["ReadError", "ReadOptions", "ReadResult", "Reader", "read_file", "readers"]
