"""The HTML reports (training, comparison, cross-validation, factor screening,
zoning) with plotly charts, as QGIS's own chart algorithms write them, and the
metrics tables. plotly.js is embedded once per report, so the file opens offline;
plotly is imported only when a report is written (the plugin loads without it)."""
from __future__ import annotations

import html
import math

import numpy as np



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
    parts, first_figure = [], True
    for heading, content in sections:
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        if not isinstance(content, str):  # a plotly Figure
            parts.append(content.to_html(full_html=False, include_plotlyjs=first_figure))
            first_figure = False
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


def write_training_report(path: str, name: str, history: dict, evaluation: dict, curve: tuple, notes: str) -> None:
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
                 ("Training", f"<p>{notes}</p>")]
    write_report(path, f"Training report: {name}", sections)


def write_cv_report(path: str, rows: list, summary: list, partitions: tuple, measures: tuple) -> None:
    """Boxplots of the folds' AUROC per model and partition, and the summary table."""
    import plotly.graph_objects as go

    boxes = go.Figure()
    for partition in partitions:
        chosen = [row for row in rows if row["partition"] == partition]
        if chosen:
            boxes.add_trace(go.Box(x=[row["model"] for row in chosen], y=[row["roc_auc"] for row in chosen],
                                   name=partition, boxpoints="all"))
    boxes.update_layout(boxmode="group", yaxis_title="AUROC of the test folds")
    header = ["model", "partition", "runs"] + [f"{m} {s}" for m in measures for s in ("mean", "sd")]
    table = table_html(header, [[e["model"], e["partition"], e["runs"]] +
                                [e[f"{m}_{s}"] for m in measures for s in ("mean", "sd")] for e in summary])
    write_report(path, "Cross-validation", [("AUROC per model and partition", boxes), ("Summary", table)])


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


def write_zoning_report(path: str, zonings: list, levels: int) -> None:
    """HTML: the frequency histogram of the index (the paper's Figure 10) and the
    landslide density per zone (Figure 11), every model side by side; `zonings` are
    `zoning.Zoning`s over `levels` quantized levels."""
    import plotly.graph_objects as go

    histogram = go.Figure()
    for zoning in zonings:
        coarse = np.add.reduceat(zoning.histogram.cells, np.arange(0, levels - 1, (levels - 1) // 50))  # 50 bins of 0.02
        share = 100.0 * coarse / coarse.sum()
        histogram.add_trace(go.Bar(x=np.arange(50) * 0.02 + 0.01, y=share, width=0.02, name=zoning.name,
                                   opacity=0.6 if len(zonings) > 1 else 1.0))
    histogram.update_layout(barmode="overlay", xaxis_title="susceptibility index", yaxis_title="share of cells (%)")
    density = go.Figure()
    for zoning in zonings:
        rows = zoning.rows()
        density.add_trace(go.Bar(x=[row["label"] for row in rows], y=[row["density"] for row in rows],
                                 name=zoning.name))
    density.update_layout(barmode="group", yaxis_title="landslide density (% of the zone's cells)")
    header = ["model", "zone", "lower", "upper", "cells", "area", "cells %", "landslide units", "landslides %",
              "density %", "frequency ratio"]
    rows = [[r["model"], r["label"], r["lower"], r["upper"], r["pixels"], r["area"], r["cell_ratio"],
             r["landslide_units"], r["landslide_ratio"], r["density"], r["frequency_ratio"]]
            for zoning in zonings for r in zoning.rows()]
    write_report(path, "Susceptibility zoning", [
        ("Frequency of the susceptibility index", histogram),
        ("Landslide density per zone", density),
        ("Zoning table", table_html(header, rows)),
    ])
