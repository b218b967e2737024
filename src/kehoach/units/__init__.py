"""Units: the directory of agencies that plans assign work to."""
