"""QGIS Processing side of the plugin: the provider and one thin algorithm per file."""
