"""The shared core of the engine: what every group (factors, sampling, modelling,
mapping) and the worker use; it imports none of them."""
