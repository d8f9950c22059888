"""Attribute field types for `QgsField`, the same on every supported QGIS.

QGIS 3.38 and later (and QGIS 4, whose Qt6 `QVariant` has no types) take
`QMetaType.Type`; earlier versions take only `QVariant.Type`, whose values are the
same numbers. The guard keeps the Qt5-only spelling where only Qt5 runs it.
"""
from qgis.core import Qgis

if Qgis.QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    INT, LONG, DOUBLE, STRING = (QMetaType.Type.Int, QMetaType.Type.LongLong, QMetaType.Type.Double,
                                 QMetaType.Type.QString)
else:
    from qgis.PyQt.QtCore import QVariant

    INT, LONG, DOUBLE, STRING = QVariant.Int, QVariant.LongLong, QVariant.Double, QVariant.String
