"""REFI-QDA exchange (the core's ``exchange``): berdaya's framework vocabularies as a ready
``.qdc`` codebook for QualCoder, NVivo, ATLAS.ti or MAXQDA, in Indonesian or English, with
stable GUIDs; and codebooks read from those tools (and Taguette), with every tolerated quirk
reported as a warning and every problem as :class:`berdaya.errors.ExchangeError` with its
line, column and element path."""

from __future__ import annotations

from berdaya._core import framework_codebook, read_codebook

__all__ = ["framework_codebook", "read_codebook"]
