"""Base of the components with no state of their own (their data comes from the
installed package): saving and loading are no-ops, so pipelines save and load whole;
`nlp.pipe` runs them over runs of documents (`Batched`), with spaCy's error handlers."""
from typing import Callable, Iterable, Optional

from spacy.util import raise_error

from .batching import Batched


class Stateless(Batched):
    _error_handler: Optional[Callable] = None

    def get_error_handler(self) -> Callable:
        return self._error_handler or raise_error

    def set_error_handler(self, error_handler: Callable) -> None:
        self._error_handler = error_handler

    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()):
        return self

    def to_disk(self, path, *, exclude: Iterable[str] = tuple()) -> None:
        return None

    def from_disk(self, path, *, exclude: Iterable[str] = tuple()):
        return self
