"""The HTML reports (training, comparison, cross-validation, factor screening,
zoning) with plotly charts, as QGIS's own chart algorithms write them, and the
metrics tables. plotly.js (3.5 MB) is written once per folder, beside the reports
(`plotly-<version>.min.js`, `place_plotly_script`, which every writer of a report
calls once the report is in place), and the reports load it from there: they open
offline and stay small (tens of kB, where embedding it made each 8.6 MB). plotly is imported only when
a report is written (the plugin loads without it)."""
from __future__ import annotations

import html
import math
import os
import tempfile

import numpy as np

#: Plain names of the cross-validation's measures, for tables people read.
MEASURE_LABELS = {"roc_auc": "AUROC", "ap": "AP", "accuracy": "accuracy", "f1": "F1", "mse": "MSE"}


def plotly_script_name() -> str:
    import plotly

    return f"plotly-{plotly.__version__}.min.js"


def place_plotly_script(report: str | None) -> None:
    """plotly.js beside a report that has just been put in place, unless that folder
    has it already (written whole or not at all). Called once the report is in place,
    so that a failed run leaves no file behind."""
    if not report:
        return
    from plotly.offline import get_plotlyjs

    folder = os.path.dirname(os.path.abspath(report))
    path = os.path.join(folder, plotly_script_name())
    if os.path.exists(path):
        return
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".js.partial")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as script:
            script.write(get_plotlyjs())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        os.remove(temporary)
        raise


def table_html(header: list, rows: list) -> str:
    head = "".join(f"<th>{html.escape(str(cell))}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(cell))}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value) -> str:
    if value is None:
        return "undefined"
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def write_report(path: str, title: str, sections: list) -> None:
    """`sections`: (heading, content) pairs, content a plotly Figure or HTML text."""
    parts, script = [], None
    for heading, content in sections:
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        if not isinstance(content, str):  # a plotly Figure
            include = False  # the script is loaded by the first figure only
            if script is None:
                script = include = plotly_script_name()
            parts.append(content.to_html(full_html=False, include_plotlyjs=include))
        else:
            parts.append(content)
    style = ("body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}"
             "td,th{border:1px solid #bbb;padding:3px 8px;text-align:right}th{background:#eee}")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
                     f"<style>{style}</style></head><body><h1>{html.escape(title)}</h1>{''.join(parts)}</body></html>")


METRIC_LABELS = {"accuracy": "accuracy", "precision": "precision", "specificity": "specificity",
                 "sensitivity": "sensitivity", "f1": "F1", "mse": "MSE", "ap": "AP", "roc_auc": "ROC AUC"}
EVALUATIONS = {"all": "all test samples, binarized at 0.5", "hard": "hard test samples only"}


def metrics_rows(name: str, evaluation: dict) -> list:
    """Rows of a metrics table (the HTML reports and the algorithms' metrics
    layers): model, evaluation, samples and every measure, None where undefined."""
    return [[name, EVALUATIONS[way], int(scores["samples"])] + [defined(scores[key]) for key in METRIC_LABELS]
            for way, scores in evaluation.items()]


def defined(value):
    """A measure as a number, or None where it is undefined (e.g. precision without
    any positive prediction)."""
    return None if value is None or math.isnan(value) else float(value)


def metrics_table(rows: list) -> str:
    return table_html(["model", "evaluation", "samples"] + list(METRIC_LABELS.values()), rows)


def pr_figure(curves: list):
    """`curves`: (name, recall, precision, ap) per model."""
    import plotly.graph_objects as go

    figure = go.Figure()
    for name, recall, precision, ap in curves:
        figure.add_trace(go.Scatter(x=recall, y=precision, mode="lines", name=f"{name} (AP {100 * ap:.2f} %)"))
    figure.update_layout(xaxis_title="recall", yaxis_title="precision", xaxis_range=[0, 1], yaxis_range=[0, 1.02])
    return figure


def write_training_report(path: str, name: str, history: dict, evaluation: dict, curve: tuple, notes: str,
                          assessed: list) -> None:
    """`assessed`: the model's `calibration.assess_model`."""
    import plotly.graph_objects as go

    sections = []
    if history.get("epoch"):
        curves = go.Figure()
        for key, label in (("loss", "training loss (MSE)"), ("val_loss", "validation loss (MSE)")):
            curves.add_trace(go.Scatter(x=history["epoch"], y=history[key], name=label))
        curves.add_trace(go.Scatter(x=history["epoch"], y=history["val_accuracy"], name="validation accuracy",
                                    yaxis="y2"))
        curves.update_layout(xaxis_title="epoch", yaxis_title="MSE",
                             yaxis2=dict(title="accuracy", overlaying="y", side="right", range=[0, 1]))
        sections.append(("Training curves", curves))
    sections += [("Precision-recall curve (test split)", pr_figure([(name,) + curve])),
                 ("Test metrics", metrics_table(metrics_rows(name, evaluation))),
                 *calibration_sections(assessed), ("Training", f"<p>{notes}</p>")]
    write_report(path, f"Training report: {name}", sections)


def write_cv_report(path: str, rows: list, summary: list, partitions: tuple, measures: tuple,
                    verdicts: list, assessed: list) -> None:
    """Boxplots of the folds' AUROC per model and partition, the verdict per partition
    (`crossvalidation.verdict_message`), the summary table and the calibration of the
    test folds pooled (`calibration.assess` per model and partition)."""
    import plotly.graph_objects as go

    boxes = go.Figure()
    for partition in partitions:
        chosen = [row for row in rows if row["partition"] == partition]
        if chosen:
            boxes.add_trace(go.Box(x=[row["model"] for row in chosen], y=[row["roc_auc"] for row in chosen],
                                   name=partition, boxpoints="all"))
    boxes.update_layout(boxmode="group", yaxis_title="AUROC of the test folds")
    header = ["model", "partition", "folds"] + [f"{MEASURE_LABELS[m]} {s}" for m in measures
                                                  for s in ("mean", "standard deviation")]
    table = table_html(header, [[e["model"], e["partition"], e["runs"]] +
                                [e[f"{m}_{s}"] for m in measures for s in ("mean", "sd")] for e in summary])
    verdict = "".join(f"<p>{html.escape(text)}</p>" for text in verdicts)
    write_report(path, "Cross-validation", [("AUROC per model and partition", boxes), ("Which model?", verdict),
                                            ("Summary over the folds", table), *calibration_sections(assessed)])


def write_screening_report(path: str, result, threshold: float) -> None:
    """The correlation matrix, the flagged pairs and the importance of a
    `screening.ScreeningResult`."""
    import plotly.graph_objects as go

    heatmap = go.Figure(go.Heatmap(z=result.correlation, x=result.names, y=result.names, zmin=-1, zmax=1,
                                   colorscale="RdBu", reversescale=True, colorbar=dict(title="r"),
                                   hovertemplate="%{y} / %{x}: r = %{z:.3f}<extra></extra>"))
    heatmap.update_layout(height=200 + 40 * len(result.names), yaxis=dict(autorange="reversed"))
    ranked = result.ranking()
    bars = go.Figure(go.Bar(x=[value for _, value in ranked], y=[name for name, _ in ranked], orientation="h"))
    bars.update_layout(xaxis_title="importance (mean decrease in impurity)", yaxis=dict(autorange="reversed"),
                       height=200 + 30 * len(ranked))
    flagged = result.flagged(threshold)
    pairs = table_html(["factor", "factor", "r"], [[a, b, r] for a, b, r in flagged]) if flagged else \
        f"<p>No pair has |r| above {threshold:g}.</p>"
    write_report(path, "Factor screening", [
        ("Pearson correlation", heatmap),
        ("Correlation matrix", table_html([""] + result.names,
                                          [[name] + [float(r) for r in row]
                                           for name, row in zip(result.names, result.correlation)])),
        (f"Pairs with |r| above {threshold:g}", pairs),
        ("Random-forest importance", bars),
        ("Data", f"<p>{result.cells} cells with data in every factor; importance from {result.landslide_cells} "
                 f"landslide and as many random non-landslide cells (out-of-bag accuracy "
                 f"{100 * result.oob_accuracy:.1f} %).</p>"),
    ])


def write_zoning_report(path: str, zonings: list, levels: int, colours: list,
                        km2_per_unit: float | None) -> None:
    """HTML: the frequency histogram of the index (the paper's Figure 10) and the
    landslide density per zone (Figure 11, bars in the zones' colours), every model
    side by side; `zonings` are `zoning.Zoning`s over `levels` quantized levels, and
    `colours` the zones' (r, g, b). Areas in km² where the grid's unit is known
    (`km2_per_unit`), else in map units²."""
    import plotly.graph_objects as go

    histogram = go.Figure()
    for zoning in zonings:
        coarse = np.add.reduceat(zoning.histogram.cells, np.arange(0, levels - 1, (levels - 1) // 50))  # 50 bins of 0.02
        share = 100.0 * coarse / coarse.sum()
        histogram.add_trace(go.Bar(x=np.arange(50) * 0.02 + 0.01, y=share, width=0.02, name=zoning.name,
                                   opacity=0.6 if len(zonings) > 1 else 1.0))
    histogram.update_layout(barmode="overlay", xaxis_title="susceptibility index", yaxis_title="share of cells (%)")
    density = go.Figure()
    patterns = ["", "/", ".", "x", "-", "|", "+"]
    for number, zoning in enumerate(zonings):
        rows = zoning.rows()
        marker = dict(color=[f"rgb{tuple(colour)}" for colour in colours], line=dict(color="#444", width=1),
                      pattern_shape=patterns[number % len(patterns)])
        density.add_trace(go.Bar(x=[row["label"] for row in rows], y=[row["density"] for row in rows],
                                 name=zoning.name, marker=marker))
    density.update_layout(barmode="group", yaxis_title="landslide density (% of the zone's cells)",
                          showlegend=len(zonings) > 1)
    area = "area (km²)" if km2_per_unit else "area (map units²)"
    header = ["model", "zone", "index from", "index to", "cells", area, "share of the area (%)", "landslides",
              "share of the landslides (%)", "landslide density (%)", "frequency ratio"]
    rows = [[r["model"], r["label"], round(r["lower"], 3), round(r["upper"], 3), r["pixels"],
             f"{r['area'] * km2_per_unit:.3f}" if km2_per_unit else f"{r['area']:.0f}",
             f"{r['cell_ratio']:.1f}",
             r["landslide_units"], f"{r['landslide_ratio']:.1f}", f"{r['density']:.2f}",
             f"{r['frequency_ratio']:.2f}"]
            for zoning in zonings for r in zoning.rows()]
    write_report(path, "Susceptibility zoning", [
        ("Frequency of the susceptibility index", histogram),
        ("Landslide density per zone", density),
        ("Zoning table", table_html(header, rows)),
    ])


def write_explanation_report(path: str, kind: str, importance: list, response: list, roc_auc: float,
                             cv_roc_auc: float | None) -> None:
    """The permutation importance (bars with one standard deviation, per evaluation)
    and the response to each factor's classes (partial dependence, one panel per
    factor, the share of samples per class on hover); `importance` and `response`
    are the rows of `explanation.explain`'s tables."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    bars = go.Figure()
    for evaluation in dict.fromkeys(row[1] for row in importance):
        chosen = [row for row in importance if row[1] == evaluation]
        bars.add_trace(go.Bar(y=[row[0] for row in chosen], x=[row[3] for row in chosen], orientation="h",
                              error_x=dict(type="data", array=[row[4] for row in chosen]), name=evaluation))
    bars.update_layout(barmode="group", xaxis_title="fall of the AUROC when the factor is shuffled",
                       yaxis=dict(autorange="reversed"), height=120 + 40 * len(importance))
    factors = list(dict.fromkeys(row[0] for row in response))
    columns = min(3, len(factors))
    panels = make_subplots(rows=math.ceil(len(factors) / columns), cols=columns, subplot_titles=factors,
                           vertical_spacing=0.12 if len(factors) > columns else 0.2)
    for number, factor in enumerate(factors):
        chosen = [row for row in response if row[0] == factor]
        panels.add_trace(go.Scatter(x=[str(row[2]) for row in chosen], y=[row[3] for row in chosen],
                                    mode="lines+markers", name=factor, showlegend=False,
                                    customdata=[100 * row[4] for row in chosen],
                                    hovertemplate="%{x}: %{y:.3f} (%{customdata:.1f} % of the samples)"),
                         row=number // columns + 1, col=number % columns + 1)
    panels.update_yaxes(title_text="mean susceptibility", col=1)
    panels.update_layout(height=300 * math.ceil(len(factors) / columns))
    scores = f"<p>AUROC of the model on the hard test samples: {roc_auc:.3f}."
    if cv_roc_auc is not None:
        scores += f" Mean AUROC of the model's kind trained again on spatial folds: {cv_roc_auc:.3f}."
    table = table_html(["factor", "evaluation", "rank", "AUROC fall (mean)", "standard deviation", "shuffles"],
                       importance)
    write_report(path, f"What drives the model: {kind}", [
        ("Permutation importance", bars),
        ("Importance table", scores + "</p>" + table),
        ("Response of the susceptibility to each factor's classes (partial dependence)", panels),
    ])


def calibration_sections(assessed: list) -> list:
    """Report sections of `calibration.assess` results, (name, assessment) pairs: the
    reliability diagram (log axes: landslide cells are rare) and the Brier scores; a
    note when no model knows its study area's prevalence."""
    import plotly.graph_objects as go

    if not assessed:
        return [("Calibration", "<p>Not available: the samples do not carry the share of the study area's cells on a "
                                "landslide (samples from 'Extract training samples' of this version do).</p>")]
    figure = go.Figure()
    low = min(min(a["reliability_probability"][0].min(), a["prevalence"]) for _, a in assessed) / 2
    figure.add_trace(go.Scatter(x=[low, 1], y=[low, 1], mode="lines", name="calibrated",
                                line=dict(color="#999", dash="dash")))
    for name, assessment in assessed:
        for key, label in (("reliability_index", "index"), ("reliability_probability", "probability")):
            predicted, observed, share = assessment[key]
            figure.add_trace(go.Scatter(x=predicted, y=observed, mode="lines+markers", name=f"{name}: {label}",
                                        customdata=100 * share,
                                        hovertemplate="%{x:.3g} predicted, %{y:.3g} observed (%{customdata:.0f} % "
                                                      "of the area)"))
    figure.update_layout(xaxis=dict(type="log", title="predicted (mean of a tenth of the area)"),
                         yaxis=dict(type="log", title="observed share of landslide cells"))
    table = table_html(["model", "study area's share of landslide cells", "Brier score of the index",
                        "Brier score of the probability"],
                       [[name, a["prevalence"], a["brier_index"], a["brier_probability"]] for name, a in assessed])
    note = ("<p>On the hard held-out samples weighted to the study area (landslide samples together weigh its share "
            "of landslide cells): lower Brier scores are better. The index is learned from as many landslide as other "
            "samples, so it overstates the chance of a landslide; the probability corrects it to the study area's "
            "share.</p>")
    return [("Calibration: reliability over the study area", figure), ("Calibration: Brier scores", note + table)]
