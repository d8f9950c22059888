"""The grading table of *Prepare factor stack* (and of the chains that expose it) in
the algorithm dialog: one row per chosen factor, filled as factors are picked, with
a method drop-down, classes and breaks, and a suggestion per factor
(`grading.suggested_rule`: categorical for integer bands with few codes, else
quantile classes). The parameter's value is the same flat matrix that
`qgis_process` takes (factor, method, classes, breaks, ...); the batch dialog and
the modeler keep QGIS's own table."""
from qgis.core import QgsMapLayer, QgsProcessingContext, QgsProcessingUtils, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from processing.gui.FixedTablePanel import FixedTablePanel
from processing.gui.wrappers import DIALOG_STANDARD, WidgetWrapper

from ..model.core.breaks import Method
from ..model.core.errors import InputError
from ..model.factors import grading
from .inputs import factor_bands
from .translation import translate

FACTORS = "FACTORS"
COLUMNS = 4  # factor, method, classes, breaks: the matrix's row
METHOD, CLASSES, BREAKS = 1, 2, 3
#: The drop-down's methods, in the order an analyst meets them.
METHODS = (Method.QUANTILE.value, Method.EQUAL.value, Method.JENKS.value, Method.BREAKS.value, grading.CATEGORICAL)


def method_names():
    """What the drop-down shows for each method (the value stays the keyword)."""
    return {Method.QUANTILE.value: translate("GradingWidget", "quantile (equal counts)"),
            Method.EQUAL.value: translate("GradingWidget", "equal intervals"),
            Method.JENKS.value: translate("GradingWidget", "Jenks natural breaks"),
            Method.BREAKS.value: translate("GradingWidget", "my breaks"),
            grading.CATEGORICAL: translate("GradingWidget", "categorical (each code a class)")}


def chosen_bands(value, algorithm):
    """(name, path, band) of every factor band a FACTORS value names; layers GDAL
    cannot read are left out (the run says why)."""
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    layers = []
    for item in value if isinstance(value, (list, tuple)) else ([value] if value else []):
        layer = item if isinstance(item, QgsMapLayer) else QgsProcessingUtils.mapLayerFromString(str(item), context)
        if layer is not None and layer.isValid() and layer.type() == QgsMapLayer.LayerType.RasterLayer \
                and layer.providerType() == "gdal":
            layers.append(layer)
    return factor_bands(algorithm, layers)


class GradingTable(QTableWidget):
    """Rows of factor | method | classes | breaks. `choices` remembers every factor's
    cells (method, classes, breaks as typed), so unpicking and picking a factor again
    keeps what the analyst set."""

    def __init__(self, parent=None):
        super().__init__(0, COLUMNS, parent)
        self.setHorizontalHeaderLabels([translate("GradingWidget", "Factor"), translate("GradingWidget", "Method"),
                                        translate("GradingWidget", "Classes"),
                                        translate("GradingWidget", "Breaks (e.g. 10 20 30)")])
        header = self.horizontalHeader()
        for column, mode in ((0, QHeaderView.ResizeMode.Stretch), (METHOD, QHeaderView.ResizeMode.ResizeToContents),
                             (CLASSES, QHeaderView.ResizeMode.ResizeToContents),
                             (BREAKS, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.verticalHeader().setVisible(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fit_rows()
        self.choices = {}  # factor name -> [method, classes, breaks], for every factor seen

    def show_factors(self, bands):
        """One row per band, with the analyst's choice for it or the suggested one."""
        self.remember()
        self.setRowCount(0)
        for name, path, band in bands:
            if name not in self.choices:
                self.choices[name] = suggestion(name, path, band)
            self.add_row(name, *self.choices[name])
        self.fit_rows()

    def fit_rows(self, most=8):
        """Tall enough for every row, up to `most` (then it scrolls)."""
        rows = min(max(self.rowCount(), 2), most)
        self.setMinimumHeight(self.horizontalHeader().height() + rows * self.verticalHeader().defaultSectionSize() + 4)

    def add_row(self, name, method, classes, breaks):
        row = self.rowCount()
        self.insertRow(row)
        factor = QTableWidgetItem(name)
        factor.setFlags(factor.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.setItem(row, 0, factor)
        methods = QComboBox()
        for keyword, shown in method_names().items():
            methods.addItem(shown, keyword)
        methods.setCurrentIndex(max(0, methods.findData(method or grading.DEFAULT_METHOD)))
        count = QSpinBox()
        count.setRange(2, grading.MAX_CLASSES)
        count.setValue(min(max(whole_number(classes) or grading.DEFAULT_CLASSES, 2), grading.MAX_CLASSES))
        for column, widget in ((METHOD, methods), (CLASSES, count), (BREAKS, QLineEdit(breaks))):
            self.setCellWidget(row, column, widget)
        methods.currentIndexChanged.connect(lambda _index, row=row: self.enable_cells(row))
        self.enable_cells(row)

    def enable_cells(self, row):
        """Classes count for equal, quantile and Jenks; breaks only for *my breaks*."""
        method = self.cellWidget(row, METHOD).currentData()
        self.cellWidget(row, CLASSES).setEnabled(method not in (Method.BREAKS.value, grading.CATEGORICAL))
        self.cellWidget(row, BREAKS).setEnabled(method == Method.BREAKS.value)

    def row_cells(self, row):
        method = self.cellWidget(row, METHOD).currentData()
        classes = str(self.cellWidget(row, CLASSES).value()) if self.cellWidget(row, CLASSES).isEnabled() else ""
        breaks = self.cellWidget(row, BREAKS).text().strip() if method == Method.BREAKS.value else ""
        return [self.item(row, 0).text(), method, classes, breaks]

    def remember(self):
        for row in range(self.rowCount()):
            name, *cells = self.row_cells(row)
            self.choices[name] = cells

    def matrix(self):
        return [cell for row in range(self.rowCount()) for cell in self.row_cells(row)]

    def set_matrix(self, cells):
        """Take a matrix value (a dialog's last run, a chain's default) as the
        analyst's choices, shown for the factors that are chosen."""
        cells = ["" if cell is None else str(cell) for cell in cells or []]
        for start in range(0, len(cells) - COLUMNS + 1, COLUMNS):
            name, *choice = cells[start:start + COLUMNS]
            if name:
                self.choices[name] = choice
        shown = [self.item(row, 0).text() for row in range(self.rowCount())]
        self.setRowCount(0)
        for name in shown:
            self.add_row(name, *self.choices[name])


def suggestion(name, path, band):
    """The cells the table suggests for a factor: `grading.suggested_rule`'s."""
    try:
        rule = grading.suggested_rule(name, path, band)
    except (InputError, RuntimeError):  # unreadable now: no suggestion; the run says what is wrong
        rule = grading.GradingRule(name)
    return [rule.method, str(rule.classes) if rule.kind != grading.CATEGORICAL else "", ""]


def whole_number(text):
    try:
        return int(float(text))
    except (TypeError, ValueError, OverflowError):
        return 0


class GradingWidgetWrapper(WidgetWrapper):
    """The GRADING parameter's widget: the grading table in the algorithm dialog,
    QGIS's fixed table in the batch dialog and the modeler."""

    def createWidget(self):
        if self.dialogType != DIALOG_STANDARD:
            return FixedTablePanel(self.parameterDefinition())
        return GradingTable()

    def postInitialize(self, wrappers):  # noqa: N802 - QGIS's method
        if self.dialogType != DIALOG_STANDARD:
            return
        for wrapper in wrappers:
            if wrapper.parameterDefinition().name() == FACTORS:
                self.factors = wrapper
                wrapper.widgetValueHasChanged.connect(self.factors_changed)
                self.factors_changed()

    def factors_changed(self, *_):
        from .prepare_factors import PrepareFactors

        self.widget.show_factors(chosen_bands(self.factors.parameterValue(), PrepareFactors()))

    def setValue(self, value):  # noqa: N802 - QGIS's method
        if self.dialogType != DIALOG_STANDARD:
            self.widget.setValue(value if value is not None else [])
        else:
            self.widget.set_matrix(value)

    def value(self):
        if self.dialogType != DIALOG_STANDARD:
            return self.widget.table
        return self.widget.matrix()
