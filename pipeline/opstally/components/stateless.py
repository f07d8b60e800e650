"""Base of the components with no state of their own (their data comes from the
installed package): a spaCy `Pipe` (error handlers, `initialize`, `score`) whose
`pipe` takes runs of documents (`Batched`), and whose saving and loading are no-ops,
so pipelines save and load whole."""
from typing import Iterable

from spacy.pipeline import Pipe

from .batching import Batched


class Stateless(Batched, Pipe):
    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()):
        return self

    def to_disk(self, path, *, exclude: Iterable[str] = tuple()) -> None:
        return None

    def from_disk(self, path, *, exclude: Iterable[str] = tuple()):
        return self
