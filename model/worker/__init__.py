"""The Keras worker: `python -m model COMMAND` (cli.py), what the QGIS side and it
say to each other (protocol.py), and setting up its Python environment."""
