"""HTML reports with plotly charts, as QGIS's own chart algorithms write them.

plotly.js is embedded once per report, so the file opens offline."""
from __future__ import annotations

import html

import plotly.graph_objects as go


def table_html(header: list, rows: list) -> str:
    head = "".join(f"<th>{html.escape(str(cell))}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(_cell(cell))}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _cell(value) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def write_report(path: str, title: str, sections: list) -> None:
    """`sections`: (heading, content) pairs, content a plotly Figure or HTML text."""
    parts, first_figure = [], True
    for heading, content in sections:
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        if isinstance(content, go.Figure):
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
    """Table rows: model, evaluation, samples and every measure."""
    return [[name, EVALUATIONS[way], scores["samples"]] + [scores[key] for key in METRIC_LABELS]
            for way, scores in evaluation.items()]


def metrics_table(rows: list) -> str:
    return table_html(["model", "evaluation", "samples"] + list(METRIC_LABELS.values()), rows)


def pr_figure(curves: list) -> go.Figure:
    """`curves`: (name, recall, precision, ap) per model."""
    figure = go.Figure()
    for name, recall, precision, ap in curves:
        figure.add_trace(go.Scatter(x=recall, y=precision, mode="lines", name=f"{name} (AP {100 * ap:.2f} %)"))
    figure.update_layout(xaxis_title="recall", yaxis_title="precision", xaxis_range=[0, 1], yaxis_range=[0, 1.02])
    return figure


def write_training_report(path: str, name: str, history: dict, evaluation: dict, curve: tuple, notes: str) -> None:
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
