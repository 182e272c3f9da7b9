import os

import matplotlib

# Plots are drawn off-screen in tests.
matplotlib.use("Agg")
os.environ.setdefault("MPLBACKEND", "Agg")
