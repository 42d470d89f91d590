from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class AiActionsConfigStep(serde.Model):
    """The schema at `#/components/schemas/AIActionsConfigStep` of the API description.

    Attributes:
        parameters (dict[str, str]): Parameters for the transformation block. These map
            back to the parameters in OrganizationTransformationBlock 'parameters'
            property.
        transformation_block_id (int): The selected transformation block ID.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("parameters", "transformation_block_id", "additional_properties")

    parameters: dict[str, str]
    transformation_block_id: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"parameters", "transformationBlockId"}
    )

    def __init__(
        self,
        *,
        parameters: dict[str, str],
        transformation_block_id: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.parameters = parameters
        self.transformation_block_id = transformation_block_id
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AiActionsConfigStep"
    ) -> AiActionsConfigStep:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            parameters = data["parameters"]
            transformation_block_id = data["transformationBlockId"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        parameters = serde.dict_of(parameters, where, "parameters", serde.str_)
        if type(transformation_block_id) is not int:
            transformation_block_id = serde.int_(
                transformation_block_id, where, "transformationBlockId"
            )
        obj = serde.new_object(cls)
        obj.parameters = parameters
        obj.transformation_block_id = transformation_block_id
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "parameters": self.parameters,
            "transformationBlockId": self.transformation_block_id,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
