from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class ImpulseInputBlockDatasetSubset(serde.Model):
    """Only generate features for samples where (sample_id + datasetSubsetSeed) %
    datasetSubset) == 0

    Attributes:
        include_percentage (float): Number between 0 and 100, with the % of data that
            should be _included_
        seed (int, optional): Seed number (optional). If not specified, the seed is set
            to 0.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("include_percentage", "seed", "additional_properties")

    include_percentage: float
    seed: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"includePercentage", "seed"})

    def __init__(
        self,
        *,
        include_percentage: float,
        seed: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.include_percentage = include_percentage
        self.seed = seed
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ImpulseInputBlockDatasetSubset"
    ) -> ImpulseInputBlockDatasetSubset:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            include_percentage = data["includePercentage"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if (
            type(include_percentage) is not float
            and type(include_percentage) is not int
        ):
            include_percentage = serde.float_(
                include_percentage, where, "includePercentage"
            )
        found = 1  # declared properties in data
        if "seed" in data:
            found += 1
            seed = data["seed"]
            if type(seed) is not int:
                seed = serde.int_(seed, where, "seed")
        else:
            seed = UNSET
        obj = serde.new_object(cls)
        obj.include_percentage = include_percentage
        obj.seed = seed
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "includePercentage": self.include_percentage,
        }
        if self.seed is not UNSET:
            out["seed"] = self.seed
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
