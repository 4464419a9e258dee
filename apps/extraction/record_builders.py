"""Positional builders for the frozen record dataclasses, for the stages that build thousands of them.

A frozen dataclass's generated `__init__` must set each field through `object.__setattr__` (plain
assignment is what frozen forbids), about 100 ns a field: half the time of extracting a masked metric
goes into its 15 fields. `positional_builder(cls)` returns a function that takes every field in order,
as `cls(...)` does positionally, and fills the slots of a new instance directly; the record is the same
(`==`, hash, repr, pickling, `dataclasses.replace`). It is generated the way `dataclasses` generates
`__init__`, and refuses classes whose `__init__` does more than set the fields.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import TypeVar

Record = TypeVar("Record")
_OWN_NAMES = frozenset({"new", "cls", "record"})  # the generated function's own names, besides set_<field>


def positional_builder(cls: type[Record]) -> Callable[..., Record]:
    """A function `build(field1, field2, …)` returning a new `cls` record; every field must be given."""
    _check(cls)
    names = [field.name for field in fields(cls)]
    namespace: dict[str, object] = {"new": object.__new__, "cls": cls}
    namespace |= {f"set_{name}": getattr(cls, name).__set__ for name in names}
    assignments = "".join(f"    set_{name}(record, {name})\n" for name in names)
    source = f"def build({', '.join(names)}):\n    record = new(cls)\n{assignments}    return record\n"
    exec(source, namespace)  # as dataclasses builds __init__: one function with the field names as parameters
    build = namespace["build"]
    build.__qualname__ = build.__name__ = f"build_{cls.__name__}"
    return build


def _check(cls: type) -> None:
    """Only a frozen, slotted dataclass whose `__init__` just sets its fields can be built without it."""
    if not is_dataclass(cls) or not cls.__dataclass_params__.frozen or "__slots__" not in vars(cls):
        raise TypeError(f"{cls.__name__} is not a frozen dataclass with slots")
    if hasattr(cls, "__post_init__") or not all(field.init for field in fields(cls)):
        raise TypeError(f"{cls.__name__} does more in __init__ than set its fields")
    clashes = {field.name for field in fields(cls)} & _OWN_NAMES
    if clashes or any(field.name.startswith("set_") for field in fields(cls)):
        raise TypeError(f"{cls.__name__} has a field named like the builder's own names: {sorted(clashes)}")
