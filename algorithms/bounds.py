"""Upper bounds of the numeric parameters: far beyond any sensible run, so that a
typo (EPOCHS=1000000000000) is refused before any work with the allowed range,
instead of running for ever or crashing the worker. `LsghnetAlgorithm.addParameter`
states each parameter's range in its help. The training settings' ranges are
declared with them (model/modelling/settings.py)."""
from ..model.core.vocabulary import LARGEST_SEED

#: Cross-validation folds and repetitions.
FOLDS = 50
REPETITIONS = 100
#: Shuffles per factor of the permutation importance.
SHUFFLES = 1000
#: Samples asked for (negatives, soft samples per interval).
SAMPLES = 10000000
#: Distances and block sizes, in map units (1,000 km in metres).
DISTANCE = 1e6
#: Heatmap kernel radius, pixels (a kernel 2,001 pixels wide).
RADIUS = 1000
#: Random seeds: what every library accepts.
SEED = LARGEST_SEED
