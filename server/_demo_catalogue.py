"""What the demo data is made of: material families, grades, attributes and their value pools.

Pure data and small pure functions; ``_demo`` turns it into rows.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from ._demo_curves import structured_value
from ._demo_definitions import (
    BY_TEMPERATURE,
    CHARACTERIZATION,
    COMPATIBLE_POLYMERS,
    COMPOSITION,
    FATIGUE_STRENGTH,
    HEAT_TREATMENT_STEPS,
    RESTRICTED_SUBSTANCES,
    STRESS_STRAIN,
    THERMAL_EXPANSION,
)

__all__ = ["TABLES", "AttributeSpec", "Family", "TableSpec", "png_swatch", "value_pool"]


@dataclass(frozen=True, slots=True)
class Family:
    """A folder of the demo tree and the names of the records in it."""

    folder: str
    prefix: str
    short_prefix: str
    grades: tuple[str, ...]
    variants: tuple[str, ...]
    density: float  # kg/m^3, the centre of the family's values
    strength: float  # MPa
    text: str

    def names(self) -> list[tuple[str, str]]:
        return [
            (f"{self.prefix} {grade}{variant}", f"{self.short_prefix} {grade}{variant}")
            for grade in self.grades
            for variant in self.variants
        ]


@dataclass(frozen=True, slots=True)
class AttributeSpec:
    name: str
    type: str
    unit: str | None = None
    discrete: tuple[str, ...] | None = None
    details: dict[str, Any] | None = None  # multi-valued, parameters, axis, columns (JSON)


@dataclass(frozen=True, slots=True)
class TableSpec:
    database_key: str
    name: str
    versioned: bool
    families: tuple[Family, ...]
    attributes: tuple[AttributeSpec, ...]
    share: float  # of the database's records


METALS = (
    Family(
        "Aluminium alloys",
        "Aluminium",
        "Al",
        ("1050", "2014", "2024", "3003", "5052", "5083", "6060", "6061", "6082", "7020", "7075"),
        ("-O", "-T4", "-T6", "-T651", "-H32"),
        2700,
        280,
        "Light, corrosion resistant; good machinability.",
    ),
    Family(
        "Carbon steels",
        "Steel",
        "St",
        (
            "AISI 1010",
            "AISI 1020",
            "AISI 1045",
            "AISI 1060",
            "AISI 4140",
            "AISI 4340",
            "S235JR",
            "S355J2",
        ),
        (" annealed", " normalized", " quenched & tempered", " cold drawn"),
        7850,
        450,
        "Structural steel; weldable in the normalized condition.",
    ),
    Family(
        "Stainless steels",
        "Stainless steel",
        "SS",
        ("304", "304L", "316", "316L", "321", "410", "420", "430", "17-4PH", "2205 duplex"),
        (" annealed", " cold worked", " 1/4 hard"),
        7950,
        300,
        "Chromium passivation gives corrosion resistance.",
    ),
    Family(
        "Titanium alloys",
        "Titanium",
        "Ti",
        (
            "Grade 1",
            "Grade 2",
            "Grade 4",
            "Ti-6Al-4V",
            "Ti-6Al-4V ELI",
            "Ti-5Al-2.5Sn",
            "Ti-10V-2Fe-3Al",
        ),
        (" annealed", " STA", " mill annealed"),
        4430,
        880,
        "High strength to weight; biocompatible grades.",
    ),
    Family(
        "Nickel alloys",
        "Nickel alloy",
        "Ni",
        ("Inconel 600", "Inconel 625", "Inconel 718", "Hastelloy C-276", "Monel 400", "Waspaloy"),
        (" solution treated", " aged", " annealed"),
        8400,
        650,
        "Creep resistant at high temperature.",
    ),
    Family(
        "Copper alloys",
        "Copper",
        "Cu",
        ("C101", "C110", "C260 brass", "C360 brass", "C510 bronze", "C172 beryllium copper"),
        (" annealed", " half hard", " hard"),
        8900,
        250,
        "Excellent electrical and thermal conductivity.",
    ),
    Family(
        "Magnesium alloys",
        "Magnesium",
        "Mg",
        ("AZ31B", "AZ61A", "AZ91D", "ZK60A", "WE43"),
        ("-F", "-O", "-T5", "-T6"),
        1800,
        200,
        "The lightest structural metal.",
    ),
)
POLYMERS = (
    Family(
        "Thermoplastics",
        "Polymer",
        "TP",
        (
            "PA6",
            "PA66",
            "PA66-GF30",
            "PC",
            "PC/ABS",
            "ABS",
            "PMMA",
            "POM",
            "PEEK",
            "PEI",
            "PET",
            "PBT",
            "PP",
            "PP-GF20",
            "HDPE",
            "LDPE",
            "PS",
            "PVC",
            "PTFE",
            "PPS",
        ),
        (" natural", " black", " UV stabilised", " flame retardant"),
        1200,
        60,
        "Injection mouldable; recyclable grades.",
    ),
    Family(
        "Thermosets",
        "Thermoset",
        "TS",
        ("Epoxy", "Phenolic", "Polyester", "Vinyl ester", "Polyurethane", "Melamine"),
        (" unfilled", " glass filled", " mineral filled"),
        1400,
        70,
        "Cross-linked; keeps its shape when heated.",
    ),
    Family(
        "Elastomers",
        "Elastomer",
        "EL",
        ("NBR", "EPDM", "FKM", "Silicone", "Natural rubber", "SBR", "Neoprene"),
        (" 50 Shore A", " 70 Shore A", " 90 Shore A"),
        1150,
        15,
        "Flexible; seals and dampers.",
    ),
)
PROCESSES = (
    Family(
        "Heat treatments",
        "Heat treatment",
        "HT",
        (
            "Solution annealing",
            "Precipitation hardening",
            "Normalizing",
            "Quench and temper",
            "Stress relieving",
            "Case hardening",
            "Nitriding",
        ),
        (" (air)", " (vacuum)", " (salt bath)", " (protective gas)"),
        0,
        0,
        "Controlled heating and cooling to change properties.",
    ),
    Family(
        "Machining",
        "Machining",
        "MC",
        ("Turning", "Milling", "Drilling", "Grinding", "EDM", "Honing"),
        (" rough", " finish", " high speed"),
        0,
        0,
        "Material removal to final dimensions.",
    ),
    Family(
        "Joining",
        "Joining",
        "JN",
        (
            "TIG welding",
            "MIG welding",
            "Laser welding",
            "Friction stir welding",
            "Brazing",
            "Adhesive bonding",
        ),
        (" manual", " automated"),
        0,
        0,
        "Permanent joints between parts.",
    ),
    Family(
        "Forming",
        "Forming",
        "FM",
        (
            "Extrusion",
            "Forging",
            "Rolling",
            "Deep drawing",
            "Stamping",
            "Injection moulding",
            "Compression moulding",
        ),
        (" hot", " cold", " warm"),
        0,
        0,
        "Shaping without removing material.",
    ),
    Family(
        "Coatings",
        "Coating",
        "CT",
        ("Anodizing", "Electroplating", "Powder coating", "PVD", "Thermal spraying", "Galvanizing"),
        (" type I", " type II", " type III"),
        0,
        0,
        "Surface protection and function.",
    ),
)

FORMS = ("Bar", "Sheet", "Wire", "Plate", "Tube", "Forging")
POLYMER_FAMILIES = (
    "Polyamide",
    "Polycarbonate",
    "Polyolefin",
    "Styrenic",
    "Fluoropolymer",
    "Polyester",
    "Epoxy",
    "Rubber",
    "Other",
)
PROCESS_TYPES = ("Heat treatment", "Machining", "Joining", "Forming", "Coating", "Moulding")

TABLES = (
    TableSpec(
        "DEMO_MATERIALS",
        "Metals",
        True,
        METALS,
        (
            AttributeSpec("Density", "point", "kg/m^3"),
            AttributeSpec("Thermal conductivity", "point", "W/m.K", None, BY_TEMPERATURE),
            AttributeSpec("Yield strength", "range", "MPa"),
            AttributeSpec("Form", "discrete", None, FORMS),
            AttributeSpec("Batch size", "integer"),
            AttributeSpec("RoHS compliant", "logical"),
            AttributeSpec("Test date", "date"),
            AttributeSpec("Designation", "shortText"),
            AttributeSpec("Notes", "longText"),
            AttributeSpec("Supplier page", "hyperlink"),
            AttributeSpec("Datasheet", "file"),
            AttributeSpec("Micrograph", "picture"),
            AttributeSpec("Young's modulus", "point", "GPa", None, BY_TEMPERATURE),
            AttributeSpec("Stress-strain", "functional", "MPa", None, STRESS_STRAIN),
            AttributeSpec("Composition", "tabular", None, None, COMPOSITION),
            AttributeSpec("Thermal expansion", "functional", "%", None, THERMAL_EXPANSION),
            AttributeSpec("Fatigue strength", "functional", "MPa", None, FATIGUE_STRENGTH),
            AttributeSpec("Heat treatment steps", "tabular", None, None, HEAT_TREATMENT_STEPS),
            AttributeSpec("Compatible polymers", "tabular", None, None, COMPATIBLE_POLYMERS),
            AttributeSpec("Characterization", "tabular", None, None, CHARACTERIZATION),
        ),
        0.6,
    ),
    TableSpec(
        "DEMO_MATERIALS",
        "Polymers",
        False,
        POLYMERS,
        (
            AttributeSpec("Density", "point", "kg/m^3"),
            AttributeSpec("Glass transition temperature", "point", "degC"),
            AttributeSpec("Tensile strength", "range", "MPa"),
            AttributeSpec("Polymer family", "discrete", None, POLYMER_FAMILIES),
            AttributeSpec("Recyclable", "logical"),
            AttributeSpec("Designation", "shortText"),
            AttributeSpec("Notes", "longText"),
            AttributeSpec("Safety data sheet", "file"),
            AttributeSpec("Restricted substances", "tabular", None, None, RESTRICTED_SUBSTANCES),
        ),
        0.4,
    ),
    TableSpec(
        "DEMO_PROCESSES",
        "Processes",
        True,
        PROCESSES,
        (
            AttributeSpec("Process type", "discrete", None, PROCESS_TYPES),
            AttributeSpec("Temperature", "point", "degC"),
            AttributeSpec("Duration", "point", "h"),
            AttributeSpec("Steps", "integer"),
            AttributeSpec("Last audit", "date"),
            AttributeSpec("Standard", "shortText"),
            AttributeSpec("Description", "longText"),
            AttributeSpec("Work instruction", "hyperlink"),
            AttributeSpec("Process photo", "picture"),
        ),
        1.0,
    ),
)

POOL_SIZE = 24
MODULUS_TEMPERATURES = (20.0, 100.0, 200.0, 300.0, 400.0)


def _value(spec: AttributeSpec, family: Family, k: int, binary: dict[str, str]) -> dict[str, Any]:
    """The k-th deterministic value of an attribute for a family."""
    scale = 1 + ((k * 37) % 21 - 10) / 200  # within ±5 % of the family's centre
    kind = spec.type
    if kind in ("functional", "tabular"):
        return {}  # made by value_pool from the demo's curves and tables
    if kind == "point":
        if spec.name == "Young's modulus":  # 3 to 5 temperatures, stiffness falling with heat
            modulus = family.density / 40 * scale
            points = [
                {
                    "value": round(modulus * (1 - 0.0004 * (t - 20.0)), 2),
                    "parameters": [{"name": "Temperature", "value": t, "unit": "degC"}],
                }
                for t in MODULUS_TEMPERATURES[: 3 + k % 3]
            ]
            return {"type": "point", "values": points, "unit": spec.unit, "estimated": False}
        if spec.name == "Thermal conductivity":
            base = round(20 + (family.density / 100) * scale, 1)
            points = [
                {
                    "value": round(base * f, 1),
                    "parameters": [{"name": "Temperature", "value": t, "unit": "degC"}],
                }
                for f, t in ((1.0, 20.0), (1.06, 200.0))
            ]
            return {"type": "point", "values": points, "unit": spec.unit, "estimated": k % 5 == 0}
        centre = {
            "Density": family.density,
            "Glass transition temperature": 50 + family.strength,
            "Temperature": 150 + 40 * (k % 12),
            "Duration": 0.5 + k % 8,
        }.get(spec.name, 100.0)
        return {
            "type": "point",
            "values": [{"value": round(centre * scale, 2), "parameters": []}],
            "unit": spec.unit,
            "estimated": k % 7 == 0,
        }
    if kind == "range":
        low = round(family.strength * scale, 1)
        return {
            "type": "range",
            "low": low,
            "high": round(low * 1.15, 1),
            "lowInclusive": True,
            "highInclusive": True,
            "unit": spec.unit,
        }
    if kind == "discrete":
        allowed = spec.discrete or ()
        picked = [allowed[k % len(allowed)]] + (
            [allowed[(k + 2) % len(allowed)]] if k % 3 == 0 else []
        )
        return {"type": "discrete", "values": picked}
    if kind == "integer":
        return {"type": "integer", "value": 10 + (k * 13) % 490}
    if kind == "logical":
        return {"type": "logical", "value": k % 4 != 0}
    if kind == "date":
        return {"type": "date", "value": f"20{20 + k % 6}-{1 + k % 12:02d}-{1 + (k * 7) % 28:02d}"}
    if kind == "shortText":
        return {"type": "shortText", "value": f"{family.short_prefix}-{1000 + k * 17}"}
    if kind == "longText":
        return {"type": "longText", "value": f"{family.text} Reference batch {k + 1}."}
    if kind == "hyperlink":
        slug = family.prefix.lower().replace(" ", "-")
        return {
            "type": "hyperlink",
            "url": f"https://example.com/{slug}/{k}",
            "description": f"{family.prefix} supplier page",
            "display": "newWindow",
        }
    if kind == "file":
        return {
            "type": "file",
            "fileName": f"{family.short_prefix.lower()}-datasheet-{k % 4}.pdf",
            "mimeType": "application/pdf",
            "description": "Supplier datasheet",
            "binaryId": binary[f"file{k % 4}"],
        }
    return {"type": "picture", "mimeType": "image/png", "binaryId": binary[f"picture{k % 4}"]}


def value_pool(
    spec: AttributeSpec, family: Family, binary: dict[str, str]
) -> list[tuple[str, str | None]]:
    """POOL_SIZE stored values (JSON, searchable text) to draw from."""
    pool: list[tuple[str, str | None]] = []
    if spec.type in ("functional", "tabular"):
        for k in range(POOL_SIZE):
            made = structured_value(
                spec.name, density=family.density, strength=family.strength, k=k
            )
            if made is not None:
                pool.append((json.dumps(made, separators=(",", ":")), None))
        return pool
    for k in range(POOL_SIZE):
        value = _value(spec, family, k, binary)
        text = value["value"].lower() if spec.type in ("shortText", "longText") else None
        pool.append((json.dumps(value, separators=(",", ":")), text))
    return pool


def png_swatch(red: int, green: int, blue: int, size: int = 8) -> bytes:
    """A small solid-colour PNG (a real image a browser shows)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" + bytes((red, green, blue)) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size))
        + chunk(b"IEND", b"")
    )
