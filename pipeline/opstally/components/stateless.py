"""Serialization for components with no state of their own (their data comes from the
installed package): saving and loading are no-ops, so pipelines save and load whole."""
from typing import Iterable


class Stateless:
    def to_bytes(self, *, exclude: Iterable[str] = tuple()) -> bytes:
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = tuple()):
        return self

    def to_disk(self, path, *, exclude: Iterable[str] = tuple()) -> None:
        return None

    def from_disk(self, path, *, exclude: Iterable[str] = tuple()):
        return self
