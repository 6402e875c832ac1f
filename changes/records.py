"""DataFrame rows as plain Python values (None for missing, lists for arrays), ready for JSON or templates."""

import math
from typing import Any

import numpy as np
import pandas as pd


def plain(value: Any) -> Any:
    """A cell as JSON would hold it: NaN/NA/NaT become None, numpy scalars and arrays Python ones."""
    if isinstance(value, np.ndarray):
        return [plain(item) for item in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.isoformat()
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def frame_records(frame: pd.DataFrame) -> list[dict]:
    """Integer columns that hold a null come back from pandas as floats; they are made whole again."""
    whole = {name for name in frame.columns if name.endswith(("warc_offset", "status", "n_facts"))}
    return [
        {name: _whole(plain(value)) if name in whole else plain(value) for name, value in row.items()}
        for row in frame.to_dict("records")
    ]


def _whole(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value
