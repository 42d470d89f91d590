from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class StartPostProcessingRequest(serde.Model):
    """The schema at `#/components/schemas/StartPostProcessingRequest` of the API
    description.

    Attributes:
        algorithm (str): Which algorithm container to use
        dataset (Literal["training", "validation", "testing"]): Which dataset to use
        evaluation (str): Which evaluation container to use
        variant (Literal["int8", "float32", "akida"]): Which model variant to use (int8,
            float32, etc.)
        design_space_tolerance (float, optional): The tolerance for the design space
            Default: 0.01.
        max_generations (int, optional): The maximum number of generations for the
            genetic algorithm Default: 100.
        objective_space_tolerance (float, optional): The tolerance for the objective
            space Default: 0.0025.
        population (int, optional): The population size for the genetic algorithm
            Default: 100.
        termination_period (int, optional): The number of generations the termination
            criteria are averaged across Default: 5.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "algorithm",
        "dataset",
        "evaluation",
        "variant",
        "design_space_tolerance",
        "max_generations",
        "objective_space_tolerance",
        "population",
        "termination_period",
        "additional_properties",
    )

    algorithm: str
    dataset: Literal["training", "validation", "testing"]
    evaluation: str
    variant: Literal["int8", "float32", "akida"]
    design_space_tolerance: float | Unset
    max_generations: int | Unset
    objective_space_tolerance: float | Unset
    population: int | Unset
    termination_period: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "algorithm",
            "dataset",
            "designSpaceTolerance",
            "evaluation",
            "maxGenerations",
            "objectiveSpaceTolerance",
            "population",
            "terminationPeriod",
            "variant",
        }
    )

    def __init__(
        self,
        *,
        algorithm: str,
        dataset: Literal["training", "validation", "testing"],
        evaluation: str,
        variant: Literal["int8", "float32", "akida"],
        design_space_tolerance: float | Unset = UNSET,
        max_generations: int | Unset = UNSET,
        objective_space_tolerance: float | Unset = UNSET,
        population: int | Unset = UNSET,
        termination_period: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.algorithm = algorithm
        self.dataset = dataset
        self.evaluation = evaluation
        self.variant = variant
        self.design_space_tolerance = design_space_tolerance
        self.max_generations = max_generations
        self.objective_space_tolerance = objective_space_tolerance
        self.population = population
        self.termination_period = termination_period
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "StartPostProcessingRequest"
    ) -> StartPostProcessingRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            algorithm = data["algorithm"]
            dataset = data["dataset"]
            evaluation = data["evaluation"]
            variant = data["variant"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(algorithm) is not str:
            algorithm = serde.str_(algorithm, where, "algorithm")
        if type(dataset) is not str:
            dataset = serde.str_enum(dataset, where, "dataset")
        if type(evaluation) is not str:
            evaluation = serde.str_(evaluation, where, "evaluation")
        if type(variant) is not str:
            variant = serde.str_enum(variant, where, "variant")
        found = 4  # declared properties in data
        if "designSpaceTolerance" in data:
            found += 1
            design_space_tolerance = data["designSpaceTolerance"]
            if (
                type(design_space_tolerance) is not float
                and type(design_space_tolerance) is not int
            ):
                design_space_tolerance = serde.float_(
                    design_space_tolerance, where, "designSpaceTolerance"
                )
        else:
            design_space_tolerance = UNSET
        if "maxGenerations" in data:
            found += 1
            max_generations = data["maxGenerations"]
            if type(max_generations) is not int:
                max_generations = serde.int_(max_generations, where, "maxGenerations")
        else:
            max_generations = UNSET
        if "objectiveSpaceTolerance" in data:
            found += 1
            objective_space_tolerance = data["objectiveSpaceTolerance"]
            if (
                type(objective_space_tolerance) is not float
                and type(objective_space_tolerance) is not int
            ):
                objective_space_tolerance = serde.float_(
                    objective_space_tolerance, where, "objectiveSpaceTolerance"
                )
        else:
            objective_space_tolerance = UNSET
        if "population" in data:
            found += 1
            population = data["population"]
            if type(population) is not int:
                population = serde.int_(population, where, "population")
        else:
            population = UNSET
        if "terminationPeriod" in data:
            found += 1
            termination_period = data["terminationPeriod"]
            if type(termination_period) is not int:
                termination_period = serde.int_(
                    termination_period, where, "terminationPeriod"
                )
        else:
            termination_period = UNSET
        obj = serde.new_object(cls)
        obj.algorithm = algorithm
        obj.dataset = dataset
        obj.evaluation = evaluation
        obj.variant = variant
        obj.design_space_tolerance = design_space_tolerance
        obj.max_generations = max_generations
        obj.objective_space_tolerance = objective_space_tolerance
        obj.population = population
        obj.termination_period = termination_period
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "algorithm": self.algorithm,
            "dataset": self.dataset,
            "evaluation": self.evaluation,
            "variant": self.variant,
        }
        if self.design_space_tolerance is not UNSET:
            out["designSpaceTolerance"] = self.design_space_tolerance
        if self.max_generations is not UNSET:
            out["maxGenerations"] = self.max_generations
        if self.objective_space_tolerance is not UNSET:
            out["objectiveSpaceTolerance"] = self.objective_space_tolerance
        if self.population is not UNSET:
            out["population"] = self.population
        if self.termination_period is not UNSET:
            out["terminationPeriod"] = self.termination_period
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
