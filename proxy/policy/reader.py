"""Typed access to the tables of a TOML policy document: every error recorded with its key path
(``server.listen: expected HOST:PORT``), so that one pass reports them all."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

T = TypeVar("T")


class Reader:
    """Typed access to a TOML table that records every error with its key path."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def table(self, doc: Mapping[str, Any], key: str, path: str, known: set[str]) -> dict[str, Any]:
        value = doc.get(key, {})
        full = f"{path}.{key}" if path else key
        if not isinstance(value, dict):
            self.errors.append(f"{full}: expected a table")
            return {}
        for unknown in sorted(set(value) - known):
            self.errors.append(f"{full}.{unknown}: unknown key")
        return value

    def get(
        self,
        doc: Mapping[str, Any],
        key: str,
        path: str,
        kind: type[T] | tuple[type, ...],
        default: T,
        check: Callable[[Any], str | None] | None = None,
    ) -> T:
        full = f"{path}.{key}" if path else key
        if key not in doc:
            return default
        value = doc[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if isinstance(value, bool) and bool not in kinds:
            self.errors.append(f"{full}: expected {kind_name(kinds)}, got a boolean")
            return default
        if not isinstance(value, kinds):
            self.errors.append(f"{full}: expected {kind_name(kinds)}, got {type(value).__name__}")
            return default
        if check is not None:
            problem = check(value)
            if problem:
                self.errors.append(f"{full}: {problem}")
                return default
        return value  # type: ignore[return-value]

    def tables(self, value: Any, path: str, known: set[str]) -> list[tuple[str, dict[str, Any]]]:
        """An array of tables (``[[path]]``): each table with its key path, unknown keys reported."""
        if not isinstance(value, list):
            self.errors.append(f"{path}: expected an array of tables ([[{path}]])")
            return []
        found: list[tuple[str, dict[str, Any]]] = []
        for index, entry in enumerate(value):
            entry_path = f"{path}[{index}]"
            if not isinstance(entry, dict):
                self.errors.append(f"{entry_path}: expected a table")
                continue
            for unknown in sorted(set(entry) - known):
                self.errors.append(f"{entry_path}.{unknown}: unknown key")
            found.append((entry_path, entry))
        return found

    def strings(self, doc: Mapping[str, Any], key: str, path: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.get(doc, key, path, list, list(default))
        full = f"{path}.{key}" if path else key
        if not all(isinstance(item, str) for item in value):
            self.errors.append(f"{full}: expected a list of strings")
            return default
        return tuple(value)

    def enum(self, doc: Mapping[str, Any], key: str, path: str, kind: type[Any], default: Any) -> Any:
        choices = [member.value for member in kind]
        raw = self.get(doc, key, path, str, default.value,
                       lambda v: None if v in choices else f"expected one of {', '.join(choices)}, got {v!r}")
        return kind(raw)


def kind_name(kinds: tuple[type, ...]) -> str:
    names = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", list: "a list",
             dict: "a table"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def positive(value: Any) -> str | None:
    return None if value > 0 else "must be greater than 0"


def not_negative(value: Any) -> str | None:
    return None if value >= 0 else "must be 0 or more"
