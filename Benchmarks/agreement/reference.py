"""Krippendorff's alpha with the PyPI `krippendorff` package (numpy) on a coders x units CSV.
Prints one JSON object: alpha per metric, the time to read the file and the time alpha took.

usage: python3 reference.py FILE.csv METRIC [METRIC ...]
"""
import json
import sys
import time

import krippendorff
import numpy as np

path, metrics = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
with open(path) as f:
    data = np.array([[float(cell) if cell else np.nan for cell in line.rstrip("\n").split(",")] for line in f])
read = time.perf_counter() - started
result = {"units": data.shape[1], "coders": data.shape[0], "read_seconds": read, "alpha": {}, "alpha_seconds": {}}
for metric in metrics:
    started = time.perf_counter()
    value = krippendorff.alpha(reliability_data=data, level_of_measurement=metric)
    result["alpha_seconds"][metric] = time.perf_counter() - started
    result["alpha"][metric] = float(value)
print(json.dumps(result))
